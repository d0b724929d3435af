package io.gantry.api.container;

/** Docker's wait conditions. */
public enum WaitCondition {
    /** Done when the container is not running (at once if it is not running now). */
    NOT_RUNNING,
    /** Done at the next exit, even if the container is not running now. */
    NEXT_EXIT,
    /** Done once the container is removed. */
    REMOVED
}
