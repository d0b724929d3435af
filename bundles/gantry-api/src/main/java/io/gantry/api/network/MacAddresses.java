package io.gantry.api.network;

import io.gantry.api.InvalidArgumentException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Ethernet MAC addresses as users give them: six hex pairs separated by colons or dashes. */
public final class MacAddresses {
    private static final Pattern MAC = Pattern.compile("[0-9a-fA-F]{2}([:-])[0-9a-fA-F]{2}(\\1[0-9a-fA-F]{2}){4}");

    private MacAddresses() {
    }

    /**
     * @param field the field that holds it, named in the error
     * @return the address as the kernel shows it (lower case, colons), or null for null or empty
     * @throws InvalidArgumentException for anything but a MAC address
     */
    public static String normal(String field, String mac) {
        if (mac == null || mac.isEmpty()) {
            return null;
        }
        if (!MAC.matcher(mac).matches()) {
            throw new InvalidArgumentException("invalid " + field + " " + mac
                    + ": not a MAC address, expected six hex pairs such as 02:42:ac:11:00:02");
        }
        return mac.replace('-', ':').toLowerCase(Locale.ROOT);
    }
}
