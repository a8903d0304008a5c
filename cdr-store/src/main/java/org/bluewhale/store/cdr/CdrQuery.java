package org.bluewhale.store.cdr;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.bluewhale.core.CallClass;

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
 * @param departments only calls charged to one of these departments (allocated when stored, with
 *                  the org valid at the call's start); null for all calls. An empty set matches nothing.
 * @param callClass only calls of this class, or null for all
 * @param sort      the order of the result
 */
public record CdrQuery(Instant from, Instant to, String pbx, String extension, int limit, int offset,
                       Set<Integer> departments, CallClass callClass, Sort sort) {

    /** Orders a result can have; ties are broken by the row key in the same direction. */
    public enum Sort {
        START("c.start_utc"), START_DESC("c.start_utc DESC"), COST_DESC("c.cost_minor DESC"),
        DURATION_DESC("c.duration_s DESC");

        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }

        String keyOrder() {
            return orderBy.endsWith("DESC") ? "c.cdr_key DESC" : "c.cdr_key";
        }
    }

    public static final int MAX_LIMIT = 10_000;
    public static final int DEFAULT_LIMIT = 100;

    /** All calls of every department, by start time. */
    public CdrQuery(Instant from, Instant to, String pbx, String extension, int limit, int offset) {
        this(from, to, pbx, extension, limit, offset, null, null, Sort.START);
    }

    public CdrQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sort, "sort");
        departments = departments == null ? null : Set.copyOf(departments);
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
        return new CdrQuery(from, to, value, extension, limit, offset, departments, callClass, sort);
    }

    public CdrQuery withExtension(String value) {
        return new CdrQuery(from, to, pbx, value, limit, offset, departments, callClass, sort);
    }

    public CdrQuery page(int pageLimit, int pageOffset) {
        return new CdrQuery(from, to, pbx, extension, pageLimit, pageOffset, departments, callClass, sort);
    }

    /** Only calls of these departments (null: all). */
    public CdrQuery withinDepartments(Set<Integer> value) {
        return new CdrQuery(from, to, pbx, extension, limit, offset, value, callClass, sort);
    }

    public CdrQuery withCallClass(CallClass value) {
        return new CdrQuery(from, to, pbx, extension, limit, offset, departments, value, sort);
    }

    public CdrQuery sorted(Sort value) {
        return new CdrQuery(from, to, pbx, extension, limit, offset, departments, callClass, value);
    }
}
