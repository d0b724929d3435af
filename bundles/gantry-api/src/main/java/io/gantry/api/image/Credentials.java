package io.gantry.api.image;

/** A registry login. {@link #toString()} never shows the password. */
public record Credentials(String username, String password) {
    public Credentials {
        if (username == null || username.isEmpty()) {
            throw new io.gantry.api.InvalidArgumentException("a registry login needs a username");
        }
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + "]";
    }
}
