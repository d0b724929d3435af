package io.gantry.itests.compat;

import static io.gantry.itests.compat.HostileRequest.of;

import java.util.List;

/** Query values no client should send: negative sizes and timeouts, words for numbers, broken filters. */
final class AbsurdQueries {
    static final String C = "/containers/" + HostileRequestsIT.TARGET;

    private AbsurdQueries() {
    }

    static List<HostileRequest> all() {
        return List.of(
                of("negative stop timeout", "POST", C + "/stop?t=-5"),
                of("negative restart timeout", "POST", C + "/restart?t=-5"),
                of("stop timeout is a word", "POST", C + "/stop?t=soon"),
                of("unknown signal", "POST", C + "/kill?signal=BOGUS"),
                of("signal number out of range", "POST", C + "/kill?signal=999"),
                of("tail is a word", "GET", C + "/logs?stdout=1&tail=abc"),
                of("since is a word", "GET", C + "/logs?stdout=1&since=yesterday"),
                of("negative height", "POST", C + "/resize?h=-1&w=80"),
                of("height is a word", "POST", C + "/resize?h=tall&w=80"),
                of("unknown wait condition", "POST", C + "/wait?condition=forever"),
                of("empty new name", "POST", C + "/rename?name="),
                of("detach keys that are no keys", "POST", C + "/attach?stream=1&stdout=1&detachKeys=ctrl-"),
                of("top with ps options that do not exist", "GET", C + "/top?ps_args=--no-such-option"),
                of("limit is a word", "GET", "/containers/json?limit=abc"),
                of("filters is broken JSON", "GET", "/containers/json?filters=%7Bbroken"),
                of("filters names an unknown filter", "GET", "/containers/json?filters=%7B%22bogus%22%3A%5B%22x%22%5D%7D"),
                of("prune filters is broken JSON", "POST", "/containers/prune?filters=%7Bbroken"),
                of("events since is a word", "GET", "/events?since=yesterday"),
                of("events until is a word", "GET", "/events?until=tomorrow"),
                of("events filters is broken JSON", "GET", "/events?filters=%5B"),
                of("images filters is broken JSON", "GET", "/images/json?filters=%7Bbroken"),
                of("tag without a repository", "POST", "/images/busybox/tag"),
                of("pull without an image", "POST", "/images/create"),
                // refused before any registry is contacted: tests send no traffic beyond loopback
                of("pull of a malformed reference", "POST", "/images/create?fromImage=No-Such-Image&tag=latest"),
                of("pull with a malformed tag", "POST", "/images/create?fromImage=busybox&tag=bad%20tag"),
                of("networks filters is broken JSON", "GET", "/networks?filters=%7Bbroken"),
                of("volumes filters is broken JSON", "GET", "/volumes?filters=%7Bbroken"));
    }
}
