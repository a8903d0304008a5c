package org.bluewhale.store.cdr;

import java.time.Instant;
import java.util.Objects;

/**
 * Which stored calls to read: start time in [{@code from}, {@code to}), optionally one PBX and one
 * extension (matched as calling or dialed number), one page of the result ordered by start time
 * then key.
 *
 * @param from      inclusive start bound
 * @param to        exclusive start bound
 * @param pbx       PBX name, or null for all
 * @param extension calling or dialed number, or null for all
 * @param limit     page size (1..10000)
 * @param offset    rows to skip
 */
public record CdrQuery(Instant from, Instant to, String pbx, String extension, int limit, int offset) {

    public static final int MAX_LIMIT = 10_000;
    public static final int DEFAULT_LIMIT = 100;

    public CdrQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
    }

    /** Every call that started in [from, to), first page of {@value #DEFAULT_LIMIT}. */
    public static CdrQuery between(Instant from, Instant to) {
        return new CdrQuery(from, to, null, null, DEFAULT_LIMIT, 0);
    }

    public CdrQuery withPbx(String value) {
        return new CdrQuery(from, to, value, extension, limit, offset);
    }

    public CdrQuery withExtension(String value) {
        return new CdrQuery(from, to, pbx, value, limit, offset);
    }

    public CdrQuery page(int pageLimit, int pageOffset) {
        return new CdrQuery(from, to, pbx, extension, pageLimit, pageOffset);
    }
}
