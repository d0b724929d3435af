package io.gantry.shell.internal.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.shell.internal.CapturedConsole;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.impl.action.command.DefaultActionPreparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The registry and archive image commands are registrable Karaf commands with distinct names. */
class ImageCommandClassesTest {
    private static final List<Class<? extends Action>> COMMANDS = List.of(PullCommand.class, PushCommand.class,
            InspectCommand.class, HistoryCommand.class, SaveCommand.class, LoadCommand.class, LoginCommand.class,
            PruneCommand.class, ListCommand.class, RemoveCommand.class, TagCommand.class, ImportCommand.class,
            BusyboxCommand.class);

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @ParameterizedTest
    @ValueSource(classes = {PullCommand.class, PushCommand.class, InspectCommand.class, HistoryCommand.class,
        SaveCommand.class, LoadCommand.class, LoginCommand.class, PruneCommand.class})
    void commandPrintsItsHelp(Class<? extends Action> type) throws Exception {
        assertTrue(Modifier.isPublic(type.getModifiers()));
        assertNotNull(type.getAnnotation(Service.class), "@Service");
        Command command = type.getAnnotation(Command.class);

        assertFalse(new DefaultActionPreparator().prepare(type.getConstructor().newInstance(), blankSession(),
                List.of("--help")));

        assertTrue(console.out().contains("image:" + command.name()), console.out());
        assertFalse(command.description().isBlank());
    }

    @Test
    void imageCommandNamesAreUnique() {
        List<String> names = COMMANDS.stream().map(type -> type.getAnnotation(Command.class).name()).toList();
        assertEquals(names.size(), names.stream().distinct().count(), names.toString());
    }

    /** A session without a terminal: every call answers false or null. */
    private static Session blankSession() {
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? false : null);
    }
}
