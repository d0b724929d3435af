package io.gantry.daemon.internal.server;

/** Serves one endpoint; runs on a worker thread and may block. */
@FunctionalInterface
public interface Route {
    void serve(Exchange exchange) throws Exception;
}
