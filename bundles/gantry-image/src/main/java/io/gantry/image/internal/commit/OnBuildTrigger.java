package io.gantry.image.internal.commit;

import io.gantry.api.InvalidArgumentException;
import java.util.Locale;

/** The instruction of an ONBUILD, kept as written for the builds on the image; some cannot be triggers. */
final class OnBuildTrigger {
    private OnBuildTrigger() {
    }

    static String check(String trigger) {
        String instruction = trigger.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        if (instruction.isEmpty()) {
            throw new InvalidArgumentException("ONBUILD requires at least one argument");
        }
        if (instruction.equals("ONBUILD")) {
            throw new InvalidArgumentException("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
        }
        if (instruction.equals("FROM") || instruction.equals("MAINTAINER")) {
            throw new InvalidArgumentException(instruction + " isn't allowed as an ONBUILD trigger");
        }
        return trigger.strip();
    }
}
