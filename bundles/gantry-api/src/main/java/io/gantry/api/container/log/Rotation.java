package io.gantry.api.container.log;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.LogConfig;
import java.util.Locale;
import java.util.Map;

/**
 * When and how a container's log is rotated, from the options of its driver, checked as Docker checks them. As in
 * Docker, max-file without max-size is taken and does nothing: a log without max-size never rotates.
 *
 * @param maxSize the size at which the live file is rotated, 0 for never
 * @param maxFiles how many files the log keeps, the live one included
 * @param compress whether rotated files are gzipped
 */
public record Rotation(long maxSize, int maxFiles, boolean compress) {
    public static final String MAX_SIZE = "max-size";
    public static final String MAX_FILE = "max-file";
    public static final String COMPRESS = "compress";

    /** @throws InvalidArgumentException naming the option whose value is wrong */
    public static Rotation of(LogConfig log) {
        Map<String, String> options = log.config();
        long maxSize = 0;
        if (options.containsKey(MAX_SIZE)) {
            maxSize = ByteSize.parse(MAX_SIZE, options.get(MAX_SIZE));
            if (maxSize <= 0) {
                throw new InvalidArgumentException("invalid max-size '" + options.get(MAX_SIZE)
                        + "': max-size must be a positive number");
            }
        }
        int maxFiles = 1;
        if (options.containsKey(MAX_FILE)) {
            maxFiles = maxFiles(options.get(MAX_FILE));
        }
        boolean compress = options.containsKey(COMPRESS) && compress(options.get(COMPRESS));
        if (compress && (maxFiles < 2 || maxSize == 0)) {
            throw new InvalidArgumentException(
                    "invalid compress: compress cannot be true when max-file is less than 2 or max-size is not set");
        }
        return new Rotation(maxSize, maxFiles, compress);
    }

    public boolean rotates() {
        return maxSize > 0;
    }

    private static int maxFiles(String value) {
        int files;
        try {
            files = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("invalid max-file '" + value + "': must be a whole number");
        }
        if (files < 1) {
            throw new InvalidArgumentException("invalid max-file '" + value + "': max-file cannot be less than 1");
        }
        return files;
    }

    private static boolean compress(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "t" -> true;
            case "false", "0", "f" -> false;
            default -> throw new InvalidArgumentException("invalid compress '" + value + "': must be true or false");
        };
    }
}
