package org.bluewhale.core.rawdump;

import java.time.Duration;

/**
 * How one PBX's raw dump files are kept.
 *
 * @param keep        a closed file is deleted once its last record is older than this, and only
 *                    when the database has committed every record in it
 * @param rotateEvery a file is closed and a new one started when its first record is this old ...
 * @param rotateBytes ... or when it has grown past this size
 */
public record RawDumpPolicy(Duration keep, Duration rotateEvery, long rotateBytes) {

    public RawDumpPolicy {
        if (keep.isNegative() || keep.isZero() || rotateEvery.isNegative() || rotateEvery.isZero() || rotateBytes <= 0) {
            throw new IllegalArgumentException("raw dump keep, rotate-every and rotate-mb must be positive: " + keep
                    + ", " + rotateEvery + ", " + rotateBytes + " bytes");
        }
    }

    public static RawDumpPolicy defaults() {
        return new RawDumpPolicy(Duration.ofDays(90), Duration.ofHours(1), 64L << 20);
    }
}
