package io.gantry.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.archive.ContainerArchive;
import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.api.volume.VolumeService;
import io.gantry.shell.internal.completers.ContainerCompleter;
import io.gantry.shell.internal.completers.ImageCompleter;
import io.gantry.shell.internal.completers.PausedContainerCompleter;
import io.gantry.shell.internal.completers.RunningContainerCompleter;
import io.gantry.shell.internal.completers.VolumeCompleter;
import io.gantry.shell.internal.container.CopyCommand;
import io.gantry.shell.internal.container.CreateCommand;
import io.gantry.shell.internal.container.DiffCommand;
import io.gantry.shell.internal.container.InspectCommand;
import io.gantry.shell.internal.container.KillCommand;
import io.gantry.shell.internal.container.LogsCommand;
import io.gantry.shell.internal.container.PauseCommand;
import io.gantry.shell.internal.container.PsCommand;
import io.gantry.shell.internal.container.RestartCommand;
import io.gantry.shell.internal.container.RunCommand;
import io.gantry.shell.internal.container.StartCommand;
import io.gantry.shell.internal.container.StatsCommand;
import io.gantry.shell.internal.container.StopCommand;
import io.gantry.shell.internal.container.UnpauseCommand;
import io.gantry.shell.internal.container.UpdateCommand;
import io.gantry.shell.internal.container.WaitCommand;
import io.gantry.shell.internal.image.BusyboxCommand;
import io.gantry.shell.internal.image.ImportCommand;
import io.gantry.shell.internal.image.ListCommand;
import io.gantry.shell.internal.image.TagCommand;
import io.gantry.shell.internal.system.InfoCommand;
import io.gantry.shell.internal.volume.PruneCommand;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.impl.action.command.DefaultActionPreparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What Karaf needs to register each command and completer: public, @Service, consistent annotations. */
class CommandClassesTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @ParameterizedTest
    @ValueSource(classes = {CreateCommand.class, RunCommand.class, StartCommand.class, PsCommand.class,
        LogsCommand.class, StopCommand.class, KillCommand.class, io.gantry.shell.internal.container.RemoveCommand.class,
        InspectCommand.class, WaitCommand.class, RestartCommand.class,
        io.gantry.shell.internal.container.RenameCommand.class, StatsCommand.class, ImportCommand.class,
        ListCommand.class, io.gantry.shell.internal.image.RemoveCommand.class, TagCommand.class, BusyboxCommand.class,
        InfoCommand.class, io.gantry.shell.internal.container.PortCommand.class, UpdateCommand.class,
        io.gantry.shell.internal.network.CreateCommand.class, io.gantry.shell.internal.network.ListCommand.class,
        io.gantry.shell.internal.network.InspectCommand.class, io.gantry.shell.internal.network.RemoveCommand.class,
        io.gantry.shell.internal.network.PruneCommand.class, io.gantry.shell.internal.network.ConnectCommand.class,
        io.gantry.shell.internal.network.DisconnectCommand.class, PauseCommand.class, UnpauseCommand.class,
        CopyCommand.class, DiffCommand.class, io.gantry.shell.internal.volume.CreateCommand.class,
        io.gantry.shell.internal.volume.ListCommand.class, io.gantry.shell.internal.volume.InspectCommand.class,
        io.gantry.shell.internal.volume.RemoveCommand.class, PruneCommand.class})
    void commandPrintsItsHelp(Class<? extends Action> type) throws Exception {
        assertTrue(Modifier.isPublic(type.getModifiers()));
        assertNotNull(type.getAnnotation(Service.class), "@Service");
        Command command = type.getAnnotation(Command.class);
        Action action = type.getConstructor().newInstance();

        assertFalse(new DefaultActionPreparator().prepare(action, nullSession(), List.of("--help")));

        assertTrue(console.out().contains(command.scope() + ":"), console.out());
        assertTrue(console.out().contains("SYNTAX"), console.out());
        assertFalse(command.description().isBlank());
    }

    @ParameterizedTest
    @ValueSource(classes = {ContainerCompleter.class, RunningContainerCompleter.class, ImageCompleter.class,
        PausedContainerCompleter.class, VolumeCompleter.class})
    void completerIsAPublicService(Class<?> type) throws Exception {
        assertTrue(Modifier.isPublic(type.getModifiers()));
        assertNotNull(type.getAnnotation(Service.class), "@Service");
        assertNotNull(type.getConstructor().newInstance());
    }

    /** Karaf unregisters a command while any service it references is away, so each takes only what it calls. */
    @ParameterizedTest
    @MethodSource("containerServiceUsers")
    void referencesOnlyTheContainerServicesItCalls(Class<?> type, Set<Class<?>> services) {
        Set<Class<?>> referenced = new HashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Reference.class)) {
                    referenced.add(field.getType());
                }
            }
        }
        assertEquals(services, referenced);
    }

    static Stream<Arguments> containerServiceUsers() {
        Set<Class<?>> lifecycle = Set.of(ContainerLifecycle.class);
        Set<Class<?>> monitor = Set.of(ContainerMonitor.class);
        return Stream.of(
                Arguments.of(CreateCommand.class, lifecycle),
                Arguments.of(RunCommand.class, Set.of(ContainerLifecycle.class, ContainerMonitor.class)),
                Arguments.of(CopyCommand.class, Set.of(ContainerLifecycle.class, ContainerArchive.class)),
                Arguments.of(LogsCommand.class, monitor),
                Arguments.of(StatsCommand.class, monitor),
                Arguments.of(DiffCommand.class, monitor),
                Arguments.of(StartCommand.class, lifecycle),
                Arguments.of(StopCommand.class, lifecycle),
                Arguments.of(RestartCommand.class, lifecycle),
                Arguments.of(KillCommand.class, lifecycle),
                Arguments.of(PauseCommand.class, lifecycle),
                Arguments.of(UnpauseCommand.class, lifecycle),
                Arguments.of(io.gantry.shell.internal.container.RemoveCommand.class, lifecycle),
                Arguments.of(io.gantry.shell.internal.container.RenameCommand.class, lifecycle),
                Arguments.of(InspectCommand.class, lifecycle),
                Arguments.of(WaitCommand.class, lifecycle),
                Arguments.of(PsCommand.class, lifecycle),
                Arguments.of(io.gantry.shell.internal.container.PortCommand.class, lifecycle),
                Arguments.of(ContainerCompleter.class, lifecycle),
                Arguments.of(RunningContainerCompleter.class, lifecycle),
                Arguments.of(PausedContainerCompleter.class, lifecycle));
    }

    @ParameterizedTest
    @MethodSource("volumeServiceUsers")
    void referencesOnlyTheVolumeServicesItCalls(Class<?> type, Set<Class<?>> services) {
        referencesOnlyTheContainerServicesItCalls(type, services);
    }

    static Stream<Arguments> volumeServiceUsers() {
        Set<Class<?>> volumes = Set.of(VolumeService.class);
        return Stream.of(
                Arguments.of(io.gantry.shell.internal.volume.CreateCommand.class, volumes),
                Arguments.of(io.gantry.shell.internal.volume.ListCommand.class, volumes),
                Arguments.of(io.gantry.shell.internal.volume.InspectCommand.class, volumes),
                Arguments.of(io.gantry.shell.internal.volume.RemoveCommand.class, volumes),
                Arguments.of(PruneCommand.class, Set.of(VolumeService.class, Session.class)),
                Arguments.of(VolumeCompleter.class, volumes));
    }

    @Test
    void commandNamesAreUniquePerScope() {
        List<String> names = List.of(CreateCommand.class, RunCommand.class, StartCommand.class, PsCommand.class,
                LogsCommand.class, StopCommand.class, KillCommand.class,
                io.gantry.shell.internal.container.RemoveCommand.class, InspectCommand.class, WaitCommand.class,
                RestartCommand.class, StatsCommand.class, ImportCommand.class, ListCommand.class,
                io.gantry.shell.internal.image.RemoveCommand.class, TagCommand.class, BusyboxCommand.class,
                InfoCommand.class, PauseCommand.class, UnpauseCommand.class, CopyCommand.class, DiffCommand.class,
                io.gantry.shell.internal.volume.CreateCommand.class, io.gantry.shell.internal.volume.ListCommand.class,
                io.gantry.shell.internal.volume.InspectCommand.class, io.gantry.shell.internal.volume.RemoveCommand.class,
                PruneCommand.class).stream()
                .map(t -> t.getAnnotation(Command.class))
                .map(c -> c.scope() + ":" + c.name())
                .toList();
        assertEquals(names.size(), names.stream().distinct().count(), names.toString());
    }

    private static Session nullSession() {
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? false : null);
    }
}
