package io.gantry.api.oci;

/** A size in character cells, as the spec's {@code process.consoleSize} holds it. */
public class Box {
    public int height;
    public int width;

    public Box() {
    }

    public Box(int height, int width) {
        this.height = height;
        this.width = width;
    }
}
