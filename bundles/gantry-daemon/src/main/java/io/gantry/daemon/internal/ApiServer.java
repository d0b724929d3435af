package io.gantry.daemon.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server on a Unix socket. Binding happens on the event loop, so {@link #start} never blocks. */
final class ApiServer implements AutoCloseable {
    static final String CODEC = "http-codec";
    static final String AGGREGATOR = "http-aggregator";
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Path socket;
    private final EventLoopGroup loops = new MultiThreadIoEventLoopGroup(2, EpollIoHandler.newFactory());
    private final ExecutorService workers = Executors.newCachedThreadPool(new WorkerThreads());
    private final Router router;
    private final ObjectMapper json;
    private volatile Channel server;

    ApiServer(Path socket, Router router, ObjectMapper json) {
        this.socket = socket;
        this.router = router;
        this.json = json;
    }

    /** @return completes when the socket listens with its permissions set */
    Future<Void> start() {
        try {
            Files.createDirectories(socket.getParent());
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the API socket " + socket, e);
        }
        ChannelFuture bound = new ServerBootstrap().group(loops).channel(EpollServerDomainSocketChannel.class)
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(CODEC, new HttpServerCodec())
                                .addLast(AGGREGATOR, new BoundedAggregator(MAX_BODY_BYTES, json))
                                .addLast(new ApiHandler(router, workers, json));
                    }
                }).bind(new DomainSocketAddress(socket.toFile()));
        Promise<Void> ready = bound.channel().eventLoop().newPromise();
        bound.addListener(f -> {
            if (f.isSuccess()) {
                server = bound.channel();
                SocketAccess.restrict(socket);
                LOG.info("Docker API listening on unix://{}", socket);
                ready.setSuccess(null);
            } else {
                LOG.error("cannot listen on {}", socket, f.cause());
                ready.setFailure(f.cause());
            }
        });
        return ready;
    }

    @Override
    public void close() {
        Channel s = server;
        if (s != null) {
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
