package io.gantry.api.image;

/** One repository {@code docker search} found. */
public record SearchResult(String name, String description, int starCount, boolean official, boolean automated) {
}
