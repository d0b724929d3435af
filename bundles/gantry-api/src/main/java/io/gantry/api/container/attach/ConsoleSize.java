package io.gantry.api.container.attach;

/** A terminal's size in character cells. */
public record ConsoleSize(int height, int width) {
}
