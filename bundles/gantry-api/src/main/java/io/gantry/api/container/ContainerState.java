package io.gantry.api.container;

/** Docker's container states, with the same lower-case names on the wire. */
public enum ContainerState {
    CREATED, RUNNING, PAUSED, RESTARTING, REMOVING, EXITED, DEAD;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isLive() {
        return this == RUNNING || this == PAUSED || this == RESTARTING;
    }
}
