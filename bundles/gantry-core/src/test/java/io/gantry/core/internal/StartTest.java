package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.oci.Spec;
import io.gantry.api.shim.ShimRequest;
import io.gantry.api.spec.SpecContext;
import io.gantry.core.internal.state.Json;
import io.gantry.testkit.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartTest extends StartedEngineTest {
    @Test
    void writesTheSpecAndHandsTheShimItsRequest() throws IOException {
        Container web = fx.run("web");
        JsonNode spec = Json.MAPPER.readTree(fx.containerDir(web.id()).resolve("bundle/config.json").toFile());
        assertEquals("/gantry/" + web.id(), spec.at("/linux/cgroupsPath").asText());
        assertEquals("sh", spec.at("/process/args/0").asText());
        assertEquals(web.id().substring(0, 12), spec.at("/hostname").asText());
        assertEquals(fx.overlay.root.resolve(web.id()).resolve("rootfs").toString(), spec.at("/root/path").asText());
        assertEquals("CAP_CHOWN", spec.at("/process/capabilities/bounding/0").asText());
        assertTrue(spec.at("/process/env").toString().contains("HOSTNAME=" + web.id().substring(0, 12)));

        ShimRequest request = fx.shim.requests.get(0);
        assertEquals(web.id(), request.containerId());
        assertEquals("web", request.name());
        assertEquals(fx.containerDir(web.id()).resolve("bundle"), request.bundleDir());
        assertEquals(fx.containerDir(web.id()).resolve("ctr.log"), request.logPath());
        assertEquals(fx.runc, request.runtime());
    }

    @Test
    void contributorsMayWriteFilesIntoTheBundleDirectory() {
        engine.providers.bindNamespaceProvider(new NamespaceProvider() {
            @Override
            public NamespaceType type() {
                return NamespaceType.MNT;
            }

            @Override
            public void contribute(Spec spec, SpecContext context) {
                try {
                    Files.writeString(context.bundleDir().resolve("hostname"), "box\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }, Map.of("service.id", 40L));
        Container web = fx.run("web");
        assertTrue(Files.isRegularFile(fx.containerDir(web.id()).resolve("bundle/hostname")));
    }

    @Test
    void theRequestedRuntimeIsUsed() {
        Container web = engine.lifecycle.create(ContainerConfig.builder("busybox").runtime("crun").build());
        engine.lifecycle.start(web.id());
        assertEquals(List.of(web.id()), fx.crun.started);
        assertTrue(fx.runc.started.isEmpty());
    }

    @Test
    void theHighestRankedProviderOfANameWins() {
        FakeRuntime preferred = new FakeRuntime("runc");
        preferred.shim = fx.shim;
        engine.providers.bindOciRuntime(preferred, Map.of("service.id", 30L, "service.ranking", 10));
        Container web = fx.run("web");
        assertEquals(List.of(web.id()), preferred.started);
        assertTrue(fx.runc.started.isEmpty());

        engine.lifecycle.kill("web", "KILL");
        Await.until("exit", () -> engine.lifecycle.inspect("web").state() == ContainerState.EXITED);
        engine.providers.unbindOciRuntime(preferred);
        engine.lifecycle.start("web");
        assertEquals(List.of(web.id()), fx.runc.started);
    }

    @Test
    void runtimeFailureLeavesTheContainerCreatedWithTheError() {
        Container web = fx.create("web");
        fx.runc.startFailure = new GantryException("runc start: exec format error");
        GantryException failure = assertThrows(GantryException.class, () -> engine.lifecycle.start("web"));
        assertEquals("cannot start container web: runtime runc failed: runc start: exec format error",
                failure.getMessage());
        Container after = engine.lifecycle.inspect("web");
        assertEquals(ContainerState.CREATED, after.state());
        assertEquals("runtime runc failed: runc start: exec format error", after.error());
        assertTrue(fx.recordJson(web.id()).contains("exec format error"));
        assertFalse(fx.overlay.mounted.contains(web.id()), "unmounted");
        assertTrue(fx.runc.deleted.contains(web.id()), "runtime container deleted");
        assertTrue(fx.shim.cleaned.contains(web.id()));
        assertFalse(fx.actions(web.id()).contains("start"));
    }

    @Test
    void anAutoRemoveContainerWhoseStartFailsIsRemoved() {
        Container web = engine.lifecycle.create(ContainerConfig.builder("busybox").name("web").autoRemove(true).build());
        fx.runc.startFailure = new GantryException("runc start: exec format error");
        assertThrows(GantryException.class, () -> engine.lifecycle.start("web"));
        assertTrue(engine.lifecycle.list(true).isEmpty(), "removed like Docker's daemon does");
        assertFalse(Files.exists(fx.containerDir(web.id())));
    }

    @Test
    void theStoredConfigShowsTheImagesCommand() {
        Container byDefault = engine.lifecycle.create(ContainerConfig.builder("busybox").name("plain").build());
        assertEquals(List.of("sh"), byDefault.config().cmd());
        Container overridden = engine.lifecycle.create(ContainerConfig.builder("busybox").name("given")
                .entrypoint(List.of("echo")).build());
        assertEquals(List.of("echo"), overridden.config().entrypoint());
        assertEquals(null, overridden.config().cmd(), "a given entrypoint drops the image's cmd");
    }

    @Test
    void failingProviderIsNamedAndNothingStays() {
        Container web = fx.create("web");
        fx.uts.failure = new IllegalStateException("boom");
        GantryException failure = assertThrows(GantryException.class, () -> engine.lifecycle.start("web"));
        assertEquals("cannot start container web: namespace provider uts failed: boom", failure.getMessage());
        assertEquals(ContainerState.CREATED, engine.lifecycle.inspect("web").state());
        assertFalse(fx.overlay.mounted.contains(web.id()));
        assertTrue(fx.shim.requests.isEmpty());
    }

    @Test
    void joiningTheNamespaceOfAStoppedContainerFails() {
        fx.create("target");
        engine.lifecycle.create(ContainerConfig.builder("busybox").name("joiner").pidMode(NamespaceMode.container("target"))
                .build());
        FailedPreconditionException failure = assertThrows(FailedPreconditionException.class,
                () -> engine.lifecycle.start("joiner"));
        assertEquals("cannot join namespace of container target: it is not running", failure.getMessage());

        Container target = engine.lifecycle.inspect("target");
        engine.lifecycle.start("target");
        engine.lifecycle.start("joiner");
        Container joiner = engine.lifecycle.inspect("joiner");
        assertEquals(ContainerState.RUNNING, joiner.state());
        int targetPid = engine.lifecycle.inspect(target.id()).pid();
        assertTrue(fx.recordJsonOfBundle(joiner.id()).contains("/proc/" + targetPid + "/ns/pid"));
    }

    @Test
    void unknownUserFailsTheStart() {
        engine.lifecycle.create(ContainerConfig.builder("busybox").name("web").user("nobody").build());
        GantryException failure = assertThrows(GantryException.class, () -> engine.lifecycle.start("web"));
        assertEquals("unable to find user nobody: no matching entries in passwd file", failure.getMessage());
    }

    @Test
    void shimFailureNamesTheRuntimeError() {
        fx.create("web");
        fx.shim.startFailure = new GantryException("runc create failed: no such file /nonexistent");
        GantryException failure = assertThrows(GantryException.class, () -> engine.lifecycle.start("web"));
        assertEquals("cannot start container web: shim failed: runc create failed: no such file /nonexistent",
                failure.getMessage());
    }
}
