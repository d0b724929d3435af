package io.gantry.api.container;

/** A huge page limit, as the Docker API's HugepageLimits: the page size ("2MB", "1GB") and a limit in bytes. */
public record HugepageLimit(String pageSize, long limit) {
}
