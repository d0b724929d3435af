package io.gantry.daemon.internal.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.daemon.internal.stream.ChunkedStream;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** Writes one response: a whole body at once, or the start of a stream. */
public final class Replies {
    private final Channel channel;
    private final boolean keepAlive;
    private final boolean head;
    private final ObjectMapper json;
    private final AtomicBoolean started = new AtomicBoolean();
    private final Map<String, String> extraHeaders = new java.util.concurrent.ConcurrentHashMap<>();

    Replies(Channel channel, boolean keepAlive, boolean head, ObjectMapper json) {
        this.channel = channel;
        this.keepAlive = keepAlive;
        this.head = head;
        this.json = json;
    }

    /** A header that the response, whichever its kind, carries besides the common ones. */
    public Replies header(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    public void json(HttpResponseStatus status, Object body) {
        try {
            bytes(status, "application/json", json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response body", e);
        }
    }

    public void error(HttpResponseStatus status, String message) {
        json(status, Map.of("message", message == null ? status.reasonPhrase() : message));
    }

    /** The answer to /_ping, with the headers the docker CLI negotiates with. */
    public void pingText(String text) {
        started.set(true);
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = Headers.common(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.OK, head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body)));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
                .set(HttpHeaderNames.CACHE_CONTROL, "no-cache")
                .set(HttpHeaderNames.PRAGMA, "no-cache")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, head ? 0 : body.length);
        finish(channel.writeAndFlush(response));
    }

    public void empty(HttpResponseStatus status) {
        bytes(status, null, new byte[0]);
    }

    void text(HttpResponseStatus status, String contentType, String text) {
        bytes(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    void bytes(HttpResponseStatus status, String contentType, byte[] body) {
        started.set(true);
        ByteBuf content = head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body);
        FullHttpResponse response = withExtras(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, content));
        if (contentType != null) {
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        }
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, head ? 0 : body.length);
        finish(channel.writeAndFlush(response));
    }

    /** Sends the status and headers at once; the body follows in chunks. */
    public ChunkedStream stream(HttpResponseStatus status, String contentType) {
        started.set(true);
        HttpResponse response = withExtras(new DefaultHttpResponse(HttpVersion.HTTP_1_1, status));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        channel.writeAndFlush(response);
        return new ChunkedStream(channel, this::finish);
    }

    /** A hijack or WebSocket upgrade answered: an error can only close the connection. */
    void markStarted() {
        started.set(true);
    }

    /** Whether a status line went out already, so that an error can no longer be answered as such. */
    boolean started() {
        return started.get();
    }

    Channel channel() {
        return channel;
    }

    private <T extends HttpResponse> T withExtras(T response) {
        Headers.common(response);
        extraHeaders.forEach(response.headers()::set);
        return response;
    }

    private void finish(ChannelFuture written) {
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }
}
