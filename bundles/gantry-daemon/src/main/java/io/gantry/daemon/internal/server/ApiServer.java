package io.gantry.daemon.internal.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server on a Unix socket, and optionally on TCP. Binding happens on the event loop, so neither
 * {@link #start} nor {@link #listenTcp} blocks.
 */
public final class ApiServer implements AutoCloseable {
    static final String TLS = "tls";
    static final String CODEC = "http-codec";
    static final String AGGREGATOR = "http-aggregator";
    static final String STREAMING = "http-streaming";
    /** The limit for aggregated (JSON) bodies; routes that take tarballs stream theirs, with no limit. */
    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Path socket;
    private final EventLoopGroup loops = new MultiThreadIoEventLoopGroup(2, EpollIoHandler.newFactory());
    private final ExecutorService workers = Executors.newCachedThreadPool(new WorkerThreads());
    private final Router router;
    private final ObjectMapper json;
    private final List<Channel> servers = new CopyOnWriteArrayList<>();

    public ApiServer(Path socket, Router router, ObjectMapper json) {
        this.socket = socket;
        this.router = router;
        this.json = json;
    }

    /** @return completes when the socket listens with its permissions set */
    public Future<Void> start() {
        try {
            Files.createDirectories(socket.getParent());
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the API socket " + socket, e);
        }
        return bind(EpollServerDomainSocketChannel.class, new DomainSocketAddress(socket.toFile()), null,
                () -> SocketAccess.restrict(socket), "unix://" + socket);
    }

    /** Listens on TCP too; with TLS (null: plain), every client must present a certificate signed by the configured CA. */
    public Future<Void> listenTcp(InetSocketAddress address, SSLContext tls) {
        if (tls == null) {
            LOG.warn("the Docker API on tcp {} has no TLS: anyone who reaches it controls the host", address);
        }
        return bind(EpollServerSocketChannel.class, address, tls, () -> { },
                (tls == null ? "tcp://" : "tcp+tls://") + address);
    }

    private Future<Void> bind(Class<? extends ServerChannel> type, SocketAddress address, SSLContext tls,
            Runnable onBound, String description) {
        ChannelFuture bound = new ServerBootstrap().group(loops).channel(type)
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        if (tls != null) {
                            ch.pipeline().addLast(TLS, new SslHandler(serverEngine(tls)));
                        }
                        ch.pipeline().addLast(CODEC, new HttpServerCodec())
                                .addLast(STREAMING, new StreamingBodies(router))
                                .addLast(AGGREGATOR, new BoundedAggregator(MAX_BODY_BYTES, json))
                                .addLast(new ApiHandler(router, workers, json));
                    }
                }).bind(address);
        Promise<Void> ready = bound.channel().eventLoop().newPromise();
        bound.addListener(f -> {
            if (f.isSuccess()) {
                servers.add(bound.channel());
                onBound.run();
                LOG.info("Docker API listening on {}", description);
                ready.setSuccess(null);
            } else {
                LOG.error("cannot listen on {}", description, f.cause());
                ready.setFailure(f.cause());
            }
        });
        return ready;
    }

    private static SSLEngine serverEngine(SSLContext tls) {
        SSLEngine engine = tls.createSSLEngine();
        engine.setUseClientMode(false);
        engine.setNeedClientAuth(true);
        return engine;
    }

    @Override
    public void close() {
        for (Channel s : servers) {
            s.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
        loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        workers.shutdownNow();
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("cannot remove the API socket {}", socket, e);
        }
    }

    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread t = new Thread(task, "gantry-api-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
