package io.gantry.shell.internal.image;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.image.Credentials;
import java.io.IOException;
import org.apache.karaf.shell.api.console.Session;

/** Turns -u/-p into credentials, asking the console for what is missing when there is one. */
final class LoginOptions {
    private LoginOptions() {
    }

    /** No user and no password means no credentials (the stored login, if any, applies). */
    static Credentials optional(String user, String password, Session session) throws IOException {
        if (user == null && password == null) {
            return null;
        }
        return required(user, password, session);
    }

    static Credentials required(String user, String password, Session session) throws IOException {
        String name = user != null ? user : ask(session, "Username: ", null);
        String secret = password != null ? password : ask(session, "Password: ", '*');
        return new Credentials(name, secret);
    }

    private static String ask(Session session, String prompt, Character mask) throws IOException {
        if (session == null) {
            throw new InvalidArgumentException("no console to ask for the " + prompt.replace(": ", "").toLowerCase()
                    + ": pass it with -u/-p");
        }
        return session.readLine(prompt, mask);
    }

    /** Whether the console can redraw lines in place. */
    static boolean ansi(Session session) {
        return session != null && session.getTerminal() != null && session.getTerminal().isAnsiSupported();
    }
}
