package org.bluewhale.reports;

/** Durations as call-accounting reports print them: {@code 0D 08:18:45}. */
public final class Durations {

    private Durations() {
    }

    public static String format(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("negative duration " + seconds);
        }
        long days = seconds / 86_400;
        long rest = seconds % 86_400;
        return String.format("%dD %02d:%02d:%02d", days, rest / 3_600, rest / 60 % 60, rest % 60);
    }
}
