package io.gantry.itests.compat;

/** Runs every clean-up step even when an earlier one failed, then throws the first failure. */
final class Cleanup {
    interface Step {
        void run() throws Exception;
    }

    private Throwable first;

    void run(Step step) {
        try {
            step.run();
        } catch (Throwable t) {
            if (first == null) {
                first = t;
            } else {
                first.addSuppressed(t);
            }
        }
    }

    void rethrow() throws Throwable {
        if (first != null) {
            throw first;
        }
    }
}
