package io.gantry.testkit.fake;

import io.gantry.api.GantryException;
import io.gantry.api.image.ProgressListener;

/** The transfers {@link FakeImages} plays to a pull's or push's listener unless a test sets its own script. */
public final class ScriptedProgress {
    private ScriptedProgress() {
    }

    /**
     * Busybox's layer waited for, downloaded in two steps, verified and done, then the digest; a reference holding
     * {@value FakeImages#BROKEN} fails after the wait.
     */
    public static void pullOneLayer(String reference, ProgressListener progress) {
        progress.waiting(FakeImages.LAYER.digest());
        if (reference.contains(FakeImages.BROKEN)) {
            throw new GantryException("registry 127.0.0.1:1 went away");
        }
        progress.downloading(FakeImages.LAYER.digest(), 1000, 2000);
        progress.downloading(FakeImages.LAYER.digest(), 2000, 2000);
        progress.verifying(FakeImages.LAYER.digest());
        progress.done(FakeImages.LAYER.digest());
        progress.status("Digest: " + FakeImages.MANIFEST + " Status: Downloaded image for " + reference);
    }

    /** Busybox's layer prepared, pushed and done, its config blob there already, then the digest line. */
    public static void pushOneLayer(String reference, ProgressListener progress) {
        progress.waiting(FakeImages.LAYER.digest());
        progress.waiting(FakeImages.BUSYBOX.id());
        progress.pushing(FakeImages.LAYER.digest(), 2048, 2048);
        progress.pushed(FakeImages.LAYER.digest());
        progress.alreadyExists(FakeImages.BUSYBOX.id());
        String tag = reference.substring(reference.lastIndexOf(':') + 1);
        progress.status(tag + ": digest: " + FakeImages.MANIFEST + " size: 527");
    }
}
