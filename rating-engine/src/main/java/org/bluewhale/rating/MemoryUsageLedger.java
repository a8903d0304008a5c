package org.bluewhale.rating;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link UsageLedger#inMemory()}: counts per plan, and per plan the month counted last kept at hand,
 * so counting a call (in the month of the calls before it, nearly always) builds no key and hashes
 * only the plan id, whose hash its string keeps. Department counts are a second map, per plan
 * then per department, each with the same months, so whole-plan counting never looks at them.
 */
final class MemoryUsageLedger implements UsageLedger {

    private final ConcurrentHashMap<String, PlanMonths> plans = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ConcurrentHashMap<Integer, PlanMonths>> departments =
            new ConcurrentHashMap<>();

    @Override
    public long add(String planId, long month, long billedSeconds) {
        PlanMonths months = plans.get(planId); // get first: computeIfAbsent locks even when present
        if (months == null) {
            months = plans.computeIfAbsent(planId, id -> new PlanMonths());
        }
        return months.counter(month).getAndAdd(billedSeconds);
    }

    @Override
    public long used(String planId, long month) {
        PlanMonths months = plans.get(planId);
        return months == null ? 0 : months.used(month);
    }

    @Override
    public long add(String planId, int departmentId, long month, long billedSeconds) {
        ConcurrentHashMap<Integer, PlanMonths> ofPlan = departments.get(planId);
        if (ofPlan == null) {
            ofPlan = departments.computeIfAbsent(planId, id -> new ConcurrentHashMap<>());
        }
        PlanMonths months = ofPlan.get(departmentId);
        if (months == null) {
            months = ofPlan.computeIfAbsent(departmentId, id -> new PlanMonths());
        }
        return months.counter(month).getAndAdd(billedSeconds);
    }

    @Override
    public long used(String planId, int departmentId, long month) {
        ConcurrentHashMap<Integer, PlanMonths> ofPlan = departments.get(planId);
        PlanMonths months = ofPlan == null ? null : ofPlan.get(departmentId);
        return months == null ? 0 : months.used(month);
    }

    /** One plan's (or one department's on a plan) months; {@code latest} is immutable and swapped whole, so readers see a matching pair. */
    private static final class PlanMonths {
        private final ConcurrentHashMap<Long, AtomicLong> counts = new ConcurrentHashMap<>();
        private volatile Month latest = new Month(Long.MIN_VALUE, new AtomicLong());

        AtomicLong counter(long month) {
            Month last = latest;
            if (last.month == month) {
                return last.count;
            }
            AtomicLong count = counts.computeIfAbsent(month, m -> new AtomicLong());
            latest = new Month(month, count);
            return count;
        }

        long used(long month) {
            Month last = latest;
            AtomicLong count = last.month == month ? last.count : counts.get(month);
            return count == null ? 0 : count.get();
        }
    }

    private record Month(long month, AtomicLong count) {
    }
}
