package io.gantry.daemon.internal;

/** Serves one endpoint; runs on a worker thread and may block. */
@FunctionalInterface
interface Route {
    void serve(Exchange exchange) throws Exception;
}
