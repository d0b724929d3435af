package io.gantry.itests.compat;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Parses one HTTP/1.1 response: status line, headers, then a Content-Length, chunked or until-EOF body. */
final class HttpReplyReader {
    private HttpReplyReader() {
    }

    static HttpReply read(InputStream in, boolean headRequest) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        return new HttpReply(status, headers, body(in, status, headers, headRequest));
    }

    private static byte[] body(InputStream in, int status, Map<String, String> headers, boolean headRequest)
            throws IOException {
        if (headRequest || status == 204 || status == 304 || status / 100 == 1) {
            return new byte[0];
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            return chunked(in);
        }
        String length = headers.get("content-length");
        return length == null ? in.readAllBytes() : exactly(in, Integer.parseInt(length));
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
            out.writeBytes(exactly(in, size));
            line(in);
        }
        skipTrailers(in);
        return out.toByteArray();
    }

    private static void skipTrailers(InputStream in) throws IOException {
        String trailer = line(in);
        while (!trailer.isEmpty()) {
            trailer = line(in);
        }
    }

    private static int chunkSize(InputStream in) throws IOException {
        String sizeLine = line(in);
        int extension = sizeLine.indexOf(';');
        return Integer.parseInt((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
    }

    private static byte[] exactly(InputStream in, int count) throws IOException {
        byte[] bytes = in.readNBytes(count);
        if (bytes.length < count) {
            throw new EOFException("body ended after " + bytes.length + " of " + count + " bytes");
        }
        return bytes;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed mid-line: " + out.toString(StandardCharsets.ISO_8859_1));
            }
            out.write(b);
        }
        String text = out.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
