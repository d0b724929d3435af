package io.gantry.daemon.internal.stream;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Netty's WebSocket client over the API's Unix socket: what the server sent, frame by frame, as "kind:text". */
final class WebSocketClient implements AutoCloseable {
    private final EventLoopGroup loop = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
    private final LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> handshaken = new CompletableFuture<>();
    private final Channel channel;

    WebSocketClient(Path socket, String path) throws Exception {
        URI uri = URI.create("ws://docker" + path);
        channel = new Bootstrap().group(loop).channel(EpollDomainSocketChannel.class)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(1 << 16),
                                new WebSocketClientProtocolHandler(uri, WebSocketVersion.V13, null, false,
                                        EmptyHttpHeaders.INSTANCE, 1 << 20, false), new Frames());
                    }
                }).connect(new DomainSocketAddress(socket.toFile())).sync().channel();
        handshaken.get(10, TimeUnit.SECONDS);
    }

    void send(String text) {
        channel.writeAndFlush(new BinaryWebSocketFrame(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8)));
    }

    void sendClose() {
        channel.writeAndFlush(new CloseWebSocketFrame(1000, "bye"));
    }

    /** The next frame the server sent, e.g. "binary:hi" or "close:1000". */
    String next() throws InterruptedException {
        String frame = received.poll(10, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no frame within 10 s");
        }
        return frame;
    }

    boolean closedWithin(long seconds) throws InterruptedException {
        return channel.closeFuture().await(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    private final class Frames extends SimpleChannelInboundHandler<WebSocketFrame> {
        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                handshaken.complete(null);
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
            String kind = frame instanceof BinaryWebSocketFrame ? "binary" : frame instanceof TextWebSocketFrame
                    ? "text" : frame instanceof CloseWebSocketFrame ? "close" : "other";
            String body = frame instanceof CloseWebSocketFrame close ? Integer.toString(close.statusCode())
                    : new String(ByteBufUtil.getBytes(frame.content()), StandardCharsets.UTF_8);
            received.add(kind + ":" + body);
        }
    }
}
