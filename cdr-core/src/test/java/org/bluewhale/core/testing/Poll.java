package org.bluewhale.core.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition with a deadline instead of sleeping a fixed time: the test goes on the
 * moment the condition holds and fails with what it waited for when the deadline passes.
 * Shared by every module's tests through the cdr-core test jar.
 */
public final class Poll {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private Poll() {
    }

    public static void until(String what, BooleanSupplier condition) {
        until(DEFAULT_TIMEOUT, what, condition);
    }

    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }
}
