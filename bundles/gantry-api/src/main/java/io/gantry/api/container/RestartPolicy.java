package io.gantry.api.container;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.gantry.api.InvalidArgumentException;
import java.util.List;

/**
 * When the engine starts a container again after its process ended, as Docker's {@code --restart}.
 *
 * @param name {@code no}, {@code always}, {@code unless-stopped} or {@code on-failure}
 * @param maximumRetryCount for {@code on-failure}: how many restarts at most, 0 for no limit
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RestartPolicy(String name, int maximumRetryCount) {
    private static final List<String> NAMES = List.of("no", "always", "unless-stopped", "on-failure");
    public static final RestartPolicy NO = new RestartPolicy("no", 0);

    public RestartPolicy {
        name = name == null || name.isEmpty() ? "no" : name;
        if (!NAMES.contains(name)) {
            throw new InvalidArgumentException("invalid restart policy '" + name + "': it must be one of " + NAMES);
        }
        if (maximumRetryCount < 0) {
            throw new InvalidArgumentException("invalid restart policy: maximum retry count " + maximumRetryCount
                    + " cannot be negative");
        }
        if (maximumRetryCount > 0 && !"on-failure".equals(name)) {
            throw new InvalidArgumentException("invalid restart policy: maximum retry count can only be used with"
                    + " 'on-failure', not '" + name + "'");
        }
    }

    /** Parses the CLI form: {@code no}, {@code always}, {@code unless-stopped}, {@code on-failure[:N]}. */
    public static RestartPolicy parse(String text) {
        if (text == null || text.isEmpty()) {
            return NO;
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new RestartPolicy(text, 0);
        }
        String count = text.substring(colon + 1);
        try {
            return new RestartPolicy(text.substring(0, colon), Integer.parseInt(count));
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("invalid restart policy '" + text + "': '" + count
                    + "' is not a number of retries");
        }
    }

    public boolean isNo() {
        return "no".equals(name);
    }
}
