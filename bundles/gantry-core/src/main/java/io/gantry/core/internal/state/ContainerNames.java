package io.gantry.core.internal.state;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/** Container ids (64 random hex digits) and names (the user's, or a random adjective_surname). */
public final class ContainerNames {
    private static final Pattern VALID_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
    private static final List<String> ADJECTIVES = List.of("brave", "calm", "clever", "eager", "fervent",
            "gallant", "happy", "jolly", "keen", "lucid", "merry", "nifty", "optimistic", "quirky", "serene",
            "stoic", "tender", "upbeat", "vibrant", "wizardly", "zealous");
    private static final List<String> SURNAMES = List.of("babbage", "curie", "dijkstra", "euler", "faraday",
            "gauss", "hopper", "johnson", "kepler", "lamarr", "lovelace", "meitner", "noether", "pascal",
            "ritchie", "shannon", "thompson", "turing", "volta", "wozniak", "yonath");

    private final SecureRandom random = new SecureRandom();
    private final ContainerIndex index;

    public ContainerNames(ContainerIndex index) {
        this.index = index;
    }

    /** 64 hex digits whose 12-digit short form is never all decimal digits (it would read as a number). */
    public String newId() {
        byte[] bytes = new byte[32];
        while (true) {
            random.nextBytes(bytes);
            String id = HexFormat.of().formatHex(bytes);
            if (!id.substring(0, 12).chars().allMatch(Character::isDigit)) {
                return id;
            }
        }
    }

    /** Reserves the requested name, or a free generated one when none was requested. */
    public String reserve(String requested, String id) {
        if (requested != null) {
            String name = requested.startsWith("/") ? requested.substring(1) : requested;
            index.reserveName(name, id);
            return name;
        }
        for (int attempt = 0; ; attempt++) {
            String name = ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + "_"
                    + SURNAMES.get(random.nextInt(SURNAMES.size())) + (attempt < 10 ? "" : attempt);
            try {
                index.reserveName(name, id);
                return name;
            } catch (ConflictException taken) {
                // try another combination
            }
        }
    }

    /** @throws InvalidArgumentException unless the name matches Docker's [a-zA-Z0-9][a-zA-Z0-9_.-]* */
    public static void checkName(String requested) {
        String name = requested.startsWith("/") ? requested.substring(1) : requested;
        if (!VALID_NAME.matcher(name).matches()) {
            throw new InvalidArgumentException("invalid container name \"" + requested
                    + "\": only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
        }
    }
}
