package io.gantry.image.internal.busybox;

import io.gantry.api.image.ImageConfig;
import io.gantry.image.internal.content.Blob;
import io.gantry.image.internal.content.Lease;
import io.gantry.image.internal.store.ImageBuilder;
import io.gantry.image.internal.store.ImageRecord;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/** The built-in busybox image: one layer, a shell by default, and a reproducible id. */
public final class BusyboxImage {
    public static final String DEFAULT_TAG = "busybox:latest";
    private static final ImageConfig CONFIG = new ImageConfig(
            List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"), null, List.of("sh"),
            null, null, Map.of(), null);

    private BusyboxImage() {
    }

    /** @throws io.gantry.api.FailedPreconditionException if the binary is missing or not static */
    public static ImageRecord build(Lease lease, BusyboxBinary busybox) {
        busybox.checkUsable();
        SortedSet<String> applets = busybox.applets();
        Blob layer = lease.write(out -> BusyboxLayer.write(out, busybox.path(), applets));
        return ImageBuilder.singleLayer(lease, layer, CONFIG, BusyboxLayer.FIXED_TIME,
                "gantry: static busybox with " + applets.size() + " applet links");
    }
}
