package io.gantry.image.internal.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.health.HealthConfig;
import io.gantry.api.image.ImageConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HEALTHCHECK, ONBUILD and the expansion of variables in commit changes, as a Dockerfile has them. */
class ChangeInstructionsTest {
    private static final ImageConfig BASE = new ImageConfig(List.of("PATH=/bin", "HOME=/root", "APP=web"), null,
            List.of("sh"), null, null, Map.of(), null);

    private static ImageConfig apply(String... changes) {
        return ChangeInstructions.apply(BASE, List.of(changes));
    }

    private static String refused(String change) {
        return assertThrows(InvalidArgumentException.class, () -> apply(change)).getMessage();
    }

    @Test
    void healthcheckTakesDockerfilesFlagsAndBothCommandForms() {
        assertEquals(new HealthConfig(List.of("CMD-SHELL", "wget -q localhost || exit 1"), Duration.ofSeconds(10),
                Duration.ofMillis(1500), Duration.ofMinutes(1), 4), apply("HEALTHCHECK --interval=10s "
                        + "--timeout=1.5s --start-period=1m --retries=4 CMD wget -q localhost || exit 1")
                        .healthcheck());
        assertEquals(new HealthConfig(List.of("CMD", "/bin/check", "--fast"), null, null, null, null),
                apply("healthcheck cmd [\"/bin/check\", \"--fast\"]").healthcheck());
        assertEquals(HealthConfig.none(), apply("HEALTHCHECK CMD true", "HEALTHCHECK NONE").healthcheck());
    }

    @Test
    void badHealthchecksAreRefusedInTheDockerfilesWords() {
        assertEquals("HEALTHCHECK NONE takes no arguments", refused("HEALTHCHECK NONE true"));
        assertEquals("Unknown flag: every", refused("HEALTHCHECK --every=5s CMD true"));
        assertEquals("Missing a value on flag: --interval", refused("HEALTHCHECK --interval CMD true"));
        assertEquals("Interval \"interval\" cannot be less than 1ms", refused("HEALTHCHECK --interval=10us CMD x"));
        assertEquals("--retries cannot be negative (-1)", refused("HEALTHCHECK --retries=-1 CMD true"));
        assertEquals("Missing command after HEALTHCHECK CMD", refused("HEALTHCHECK CMD"));
        assertEquals("invalid argument \"soon\" for \"--timeout\" flag: time: invalid duration \"soon\"",
                refused("HEALTHCHECK --timeout=soon CMD true"));
    }

    @Test
    void onbuildKeepsEachTriggerAsWrittenAndRefusesWhatCannotBeOne() {
        assertEquals(List.of("RUN echo $APP", "COPY . /src"), apply("ONBUILD RUN echo $APP",
                "onbuild   COPY . /src").onBuild());
        assertEquals("FROM isn't allowed as an ONBUILD trigger", refused("ONBUILD FROM busybox"));
        assertEquals("MAINTAINER isn't allowed as an ONBUILD trigger", refused("ONBUILD maintainer me"));
        assertEquals("ONBUILD requires at least one argument", refused("ONBUILD"));
    }

    @Test
    void variablesExpandFromTheEnvironmentTheEarlierInstructionsLeft() {
        ImageConfig config = apply("ENV DIR=/srv/${APP} PORT=8080", "WORKDIR $DIR", "EXPOSE ${PORT}",
                "USER ${RUNAS:-nobody}", "LABEL at=\"$DIR\" literal='$DIR' escaped=\\$DIR unset=[$NOPE]",
                "VOLUME $DIR/data", "ENV SHOWN ${APP:+has app} in $HOME");
        assertEquals("/srv/web", config.workingDir());
        assertEquals(List.of("8080/tcp"), config.exposedPorts());
        assertEquals("nobody", config.user());
        assertEquals(Map.of("at", "/srv/web", "literal", "$DIR", "escaped", "$DIR", "unset", "[]"),
                config.labels());
        assertEquals(List.of("/srv/web/data"), config.volumes());
        assertEquals(List.of("PATH=/bin", "HOME=/root", "APP=web", "DIR=/srv/web", "PORT=8080",
                "SHOWN=has app in /root"), config.env());
        assertEquals(List.of("/bin/sh", "-c", "echo $APP"), apply("CMD echo $APP").cmd());
    }

    @Test
    void oneEnvInstructionSeesTheEnvironmentBeforeIt() {
        assertEquals("A=1 B=", apply("ENV A=1 B=$A").env().stream().filter(e -> e.startsWith("A=")
                || e.startsWith("B=")).reduce((a, b) -> a + " " + b).orElseThrow());
        assertEquals("bad substitution: ${A B}", refused("ENV X=${A B}"));
    }
}
