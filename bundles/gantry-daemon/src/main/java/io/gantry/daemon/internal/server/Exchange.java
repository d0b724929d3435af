package io.gantry.daemon.internal.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.InvalidArgumentException;
import io.gantry.daemon.internal.json.BodySchema;
import io.gantry.daemon.internal.stream.Hijack;
import io.gantry.daemon.internal.stream.WebSocketSink;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** One API request as a route sees it, and the way to answer it. */
public final class Exchange {
    private final Channel channel;
    private final HttpMethod method;
    private final String uri;
    private final Map<String, List<String>> query;
    private final byte[] body;
    private final InputStream streamedBody;
    private final HttpHeaders headers;
    private final List<String> pathParams;
    private final ObjectMapper json;
    private final Replies replies;

    /** @param streamedBody the body as it arrives, for a streaming route; else null, and {@code body} holds it */
    Exchange(Channel channel, HttpMethod method, String uri, Map<String, List<String>> query, byte[] body,
            InputStream streamedBody, boolean keepAlive, HttpHeaders headers, List<String> pathParams,
            ObjectMapper json) {
        this.channel = channel;
        this.method = method;
        this.uri = uri;
        this.query = query;
        this.body = body;
        this.streamedBody = streamedBody;
        this.headers = headers;
        this.pathParams = pathParams;
        this.json = json;
        this.replies = new Replies(channel, keepAlive, method.equals(HttpMethod.HEAD), json);
    }

    public HttpMethod method() {
        return method;
    }

    public String param(int index) {
        return pathParams.get(index);
    }

    public String header(CharSequence name) {
        return headers.get(name);
    }

    public String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a repeated query parameter, e.g. names=a&names=b. */
    public List<String> queries(String name) {
        return query.getOrDefault(name, List.of());
    }

    /** The raw request body, for routes that take a tarball. */
    public InputStream bodyStream() {
        return streamedBody != null ? streamedBody : new ByteArrayInputStream(body);
    }

    public boolean flag(String name, boolean fallback) {
        String v = query(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        return v.equals("1") || v.equalsIgnoreCase("true");
    }

    /** A query value that must be a whole number, 0 or more; absent or empty gives null. */
    public Integer count(String name) {
        Integer n = number(name, "a whole number, 0 or more");
        if (n != null && n < 0) {
            throw invalidNumber(name, "a whole number, 0 or more");
        }
        return n;
    }

    /** A query value that must be a whole number, which may be negative (docker-py's limit=-1); absent gives null. */
    public Integer integer(String name) {
        return number(name, "a whole number");
    }

    private Integer number(String name, String expected) {
        String v = query(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw invalidNumber(name, expected);
        }
    }

    private InvalidArgumentException invalidNumber(String name, String expected) {
        return new InvalidArgumentException("invalid value for " + name + ": " + query(name) + " (expected " + expected
                + ")");
    }

    /** The body as a JSON object checked against {@code schema}; an empty body is an empty object. */
    public JsonNode body(BodySchema schema) {
        JsonNode node = parsedBody();
        if (!node.isObject()) {
            throw new InvalidArgumentException("invalid request body: expected a JSON object, got "
                    + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        schema.check(node);
        return node;
    }

    /** Like {@link #body}, but null for an empty body or a JSON null (what the docker CLI sends for "none"). */
    public JsonNode bodyOrNull(BodySchema schema) {
        if (body.length == 0 || parsedBody().isNull()) {
            return null;
        }
        return body(schema);
    }

    private JsonNode parsedBody() {
        if (body.length == 0) {
            return json.createObjectNode();
        }
        try {
            JsonNode node = json.readTree(body);
            if (node == null || node.isMissingNode()) {
                return json.createObjectNode();
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidArgumentException(JsonErrors.describe(e));
        } catch (IOException e) {
            throw new InvalidArgumentException("unreadable request body");
        }
    }

    public ObjectMapper json() {
        return json;
    }

    /**
     * Answers "101 UPGRADED" and takes the HTTP codecs off the connection, which then carries the raw stream of
     * attach or exec start.
     */
    public Hijack hijack(String contentType) {
        replies.markStarted();
        FullHttpResponse response = Headers.common(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, Hijack.UPGRADED,
                Unpooled.EMPTY_BUFFER));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .set(HttpHeaderNames.CONNECTION, "Upgrade").set(HttpHeaderNames.UPGRADE, "tcp");
        return Hijack.upgrade(channel, response, List.of(ApiServer.AGGREGATOR, ApiServer.STREAMING, ApiServer.CODEC));
    }

    /** Whether this request is a WebSocket handshake that {@link #upgradeToWebSocket} can answer. */
    public boolean isWebSocketHandshake() {
        return WebSocketSink.acceptable(request());
    }

    /**
     * Answers the WebSocket handshake and takes the HTTP codecs off the connection; output goes in binary frames
     * from API 1.28 on, in text frames before, as dockerd sends them.
     */
    public WebSocketSink upgradeToWebSocket() {
        replies.markStarted();
        return WebSocketSink.upgrade(channel, request(), List.of(ApiServer.AGGREGATOR, ApiServer.STREAMING),
                ApiVersion.minor(new QueryStringDecoder(uri).path()) >= 28);
    }

    private FullHttpRequest request() {
        return new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, uri, Unpooled.EMPTY_BUFFER, headers,
                EmptyHttpHeaders.INSTANCE);
    }

    public Replies reply() {
        return replies;
    }

    public Channel channel() {
        return channel;
    }
}
