package org.bluewhale.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.Rater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rates call legs with a {@link RatingModel}: the site's dial plan classifies the leg and writes its
 * number in E.164, the carrier is chosen (carrier-select prefix, trunk group, site default), the
 * plan version in force at the start is taken, the longest destination prefix (or the call class)
 * gives the zone, and the zone's charging prices the call, cut at band boundaries and volume
 * tiers. The same call is also priced over the site's reference carrier, for savings.
 *
 * <p>Thread-safe: the model is immutable; scratch buffers are per thread; the usage ledger is
 * concurrent. A PBX that maps to no configured site is rated by the
 * {@link Site#unconfigured unconfigured} site (cost 0) and logged once.
 */
public final class RatingEngine implements Rater {

    private static final Logger log = LoggerFactory.getLogger(RatingEngine.class);
    private static final ThreadLocal<Pricer.Scratch> SCRATCH = ThreadLocal.withInitial(Pricer.Scratch::new);
    /** Classes whose number picks the zone by destination prefix before the class does. */
    private static final Set<CallClass> BY_PREFIX = EnumSet.of(CallClass.LOCAL, CallClass.NATIONAL, CallClass.MOBILE,
            CallClass.INTERNATIONAL, CallClass.PREMIUM, CallClass.TOLL_FREE, CallClass.ON_NET);
    /** Classes that also get a reference price over the PSTN. */
    private static final Set<CallClass> OUTGOING_PRICED = EnumSet.of(CallClass.LOCAL, CallClass.NATIONAL,
            CallClass.MOBILE, CallClass.INTERNATIONAL, CallClass.PREMIUM, CallClass.TOLL_FREE, CallClass.ON_NET);

    private static final Set<Map.Entry<String, TariffPlan>> NO_SELECT = Set.of();

    private final RatingModel model;
    /** Configured sites by id, each with its trunk groups indexed. */
    private final Map<String, IndexedSite> sites = new HashMap<>();
    private final IndexedSite unconfigured;
    private final Function<String, String> siteOfPbx;
    private final UsageLedger ledger;
    private final DepartmentResolver departments;
    private final Set<String> pbxsWithoutSite = ConcurrentHashMap.newKeySet();
    private volatile TieredTariffs tiered;

    /**
     * An engine that charges no call to a department: tiers counted per department count all calls
     * together, as charged to none.
     *
     * @param siteOfPbx the site id of a PBX id, null when unknown; called on every rating, so a map lookup
     * @param ledger    the month's usage per plan, for volume tiers
     */
    public RatingEngine(RatingModel model, Function<String, String> siteOfPbx, UsageLedger ledger) {
        this(model, siteOfPbx, ledger, DepartmentResolver.NONE);
    }

    /**
     * @param siteOfPbx   the site id of a PBX id, null when unknown; called on every rating, so a map lookup
     * @param ledger      the month's usage per plan (and department), for volume tiers
     * @param departments the department a leg is charged to; asked only for plans whose tiers count per department
     */
    public RatingEngine(RatingModel model, Function<String, String> siteOfPbx, UsageLedger ledger,
                        DepartmentResolver departments) {
        this.model = Objects.requireNonNull(model, "model");
        this.siteOfPbx = Objects.requireNonNull(siteOfPbx, "siteOfPbx");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.departments = Objects.requireNonNull(departments, "departments");
        model.sites().values().forEach(site -> sites.put(site.id(), new IndexedSite(site)));
        this.unconfigured = new IndexedSite(model.unconfigured());
    }

    /** A site and the index of its trunk groups. */
    private record IndexedSite(Site site, TrunkGroupIndex trunks) {
        IndexedSite(Site site) {
            this(site, new TrunkGroupIndex(site.trunkGroups(), site.onNetTrunkGroups(), site.tollFreeTrunkGroups()));
        }
    }

    public RatingModel model() {
        return model;
    }

    /**
     * What the dial plan and carrier choice made of a leg; the choice is kept in two parts
     * ({@code trunk group}, {@code 101}) and only joined when explained.
     */
    private record Routed(CallClass callClass, CallClass pstnClass, String e164, TariffPlan plan, String chosenBy,
                          String chosenKey) {
        String choice() {
            return chosenKey == null ? chosenBy : chosenBy + " " + chosenKey;
        }
    }

    private static final String BY_TRUNK_GROUP = "trunk group";
    private static final String BY_SITE_DEFAULT = "site default";
    private static final String BY_CARRIER_SELECT = "carrier-select";

    @Override
    public RatedCall rate(CallLeg leg) {
        IndexedSite indexed = indexedSiteOf(leg.pbxId());
        Site site = indexed.site;
        Routed routed = route(indexed, leg);
        Pricer.Scratch scratch = SCRATCH.get();
        Money actual = price(site, routed.plan, routed.callClass, routed.e164, leg, true, scratch, null);
        long billedSeconds = scratch.billedSeconds;
        String tariff = scratch.tariff;
        Money reference = actual;
        TariffPlan referencePlan = site.referencePlan();
        if (referencePlan != null && referencePlan != routed.plan && OUTGOING_PRICED.contains(routed.callClass)) {
            reference = price(site, referencePlan, routed.pstnClass, routed.e164, leg, false, scratch, null);
        }
        return new RatedCall(leg, routed.callClass, billedSeconds, actual, tariff, reference);
    }

    /**
     * The what-if of least-cost analysis: a leg priced over each of {@code plans} as if it had gone
     * over it, without counting its usage, with the class it would have over the public network;
     * classified and routed once for all plans.
     *
     * @return its destination (the zone under the site's reference carrier when that prices it, else
     *         under its own carrier, else its class over the public network) and one cost per plan,
     *         null where that plan cannot price it (no version in force at its start, or no zone
     *         for its destination or class)
     */
    public WhatIf whatIf(CallLeg leg, List<TariffPlan> plans) {
        IndexedSite indexed = indexedSiteOf(leg.pbxId());
        Site site = indexed.site;
        Routed routed = route(indexed, leg);
        Pricer.Scratch scratch = SCRATCH.get();
        TariffPlan referencePlan = site.referencePlan();
        String destination = null;
        if (referencePlan != null && referencePlan != routed.plan && OUTGOING_PRICED.contains(routed.callClass)) {
            price(site, referencePlan, routed.pstnClass, routed.e164, leg, false, scratch, null);
            destination = scratch.zone;
        } else if (routed.plan != null) {
            price(site, routed.plan, routed.callClass, routed.e164, leg, false, scratch, null);
            destination = scratch.zone;
        }
        Money[] costs = new Money[plans.size()];
        for (int i = 0; i < costs.length; i++) {
            Money cost = price(site, plans.get(i), routed.pstnClass, routed.e164, leg, false, scratch, null);
            costs[i] = scratch.priced ? cost : null;
        }
        return new WhatIf(destination != null ? destination : routed.pstnClass.name(), Arrays.asList(costs));
    }

    /** A leg's destination and its cost over each plan asked (null: that plan cannot price it). */
    public record WhatIf(String destination, List<Money> costs) {
    }

    /** Rates a leg again, recording why it costs what it costs; volume tiers are read, not counted. */
    public RatingTrace explain(CallLeg leg) {
        IndexedSite indexed = indexedSiteOf(leg.pbxId());
        Site site = indexed.site;
        Routed routed = route(indexed, leg);
        Pricer.Scratch scratch = new Pricer.Scratch();
        RatingTrace.Priced actual = trace(site, routed.plan, routed.callClass, routed, leg, scratch);
        TariffPlan referencePlan = site.referencePlan();
        RatingTrace.Priced reference = referencePlan != null && referencePlan != routed.plan
                && OUTGOING_PRICED.contains(routed.callClass)
                ? trace(site, referencePlan, routed.pstnClass, routed, leg, scratch) : null;
        return new RatingTrace(site.id(), routed.callClass, routed.pstnClass, routed.e164, routed.choice(), actual, reference);
    }

    private RatingTrace.Priced trace(Site site, TariffPlan plan, CallClass callClass, Routed routed, CallLeg leg,
                                     Pricer.Scratch scratch) {
        if (plan == null) {
            return null;
        }
        List<RatingTrace.Part> parts = new ArrayList<>();
        String[] where = new String[2];
        RatingTrace.TierCount[] count = new RatingTrace.TierCount[1];
        Money cost = price(site, plan, callClass, routed.e164, leg, false, scratch, new Tracing(parts, where, count));
        TariffVersion version = plan.versionAt(leg.start().getEpochSecond());
        return new RatingTrace.Priced(version == null ? "" : version.label, nz(where[0]), nz(where[1]), List.copyOf(parts),
                feeOf(version, where[1]), scratch.exact, scratch.billedSeconds, cost, count[0]);
    }

    private static long feeOf(TariffVersion version, String zone) {
        ZoneTariff tariff = version == null || zone == null ? null : version.zonesByName.get(zone);
        return tariff == null ? 0 : tariff.feeMicros;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Trace collectors: the parts, {prefix, zone}, and {whose minutes the tiers read}. */
    private record Tracing(List<RatingTrace.Part> parts, String[] where, RatingTrace.TierCount[] count) {
    }

    /** Prices a leg over a plan; the billed seconds and the tariff name are left in {@code scratch}. */
    private Money price(Site site, TariffPlan plan, CallClass callClass, String e164, CallLeg leg, boolean countUsage,
                         Pricer.Scratch scratch, Tracing tracing) {
        if (plan == null) {
            return unpriced(leg, site.currency(), site.id() + "/" + callClass.name(), scratch);
        }
        long start = leg.start().getEpochSecond();
        TariffVersion version = plan.versionAt(start);
        if (version == null) {
            return unpriced(leg, plan.currency(), plan.id() + "/NO-VERSION", scratch);
        }
        ZoneTariff zone = null;
        if (BY_PREFIX.contains(callClass) && version.destinations != null && e164.length() > 1) {
            long match = version.destinations.lookup(e164, 1);
            if (match >= 0) {
                zone = version.byDestinationZone[(int) match];
                if (tracing != null) {
                    tracing.where[0] = e164.substring(1, 1 + (int) (match >>> 32));
                }
            }
        }
        if (zone == null) {
            zone = version.byClass[callClass.ordinal()];
            if (tracing != null) {
                tracing.where[0] = null;
            }
        }
        if (zone == null) {
            return unpriced(leg, plan.currency(), version.unpricedNames[callClass.ordinal()], scratch);
        }
        if (tracing != null) {
            tracing.where[1] = zone.zone;
        }
        ZoneTimeline timeline = version.timeline != null ? version.timeline : site.timeline();
        long usedBefore = 0;
        if (!version.tiers.isEmpty()) {
            long month = monthOf(timeline, start);
            long billed = zone.billedUpTo((long) leg.durationSeconds() - zone.freeSeconds);
            if (version.tiers.perDepartment) {
                usedBefore = departmentUsage(plan, leg, month, billed, countUsage, tracing);
            } else {
                usedBefore = countUsage ? ledger.add(plan.id(), month, billed) : ledger.used(plan.id(), month);
                if (tracing != null) {
                    tracing.count[0] = new RatingTrace.TierCount(VolumeTiers.Scope.PLAN, 0, usedBefore);
                }
            }
        }
        long minor = Pricer.price(zone, version, start, leg.durationSeconds(), timeline, site.holidays(), usedBefore,
                scratch, tracing == null ? null : tracing.parts);
        scratch.tariff = zone.tariffName;
        scratch.zone = zone.zone;
        scratch.priced = true;
        return new Money(minor, plan.currency());
    }

    /** Counts (or reads) the month of the department the leg is charged to, on tiers counted per department. */
    private long departmentUsage(TariffPlan plan, CallLeg leg, long month, long billed, boolean countUsage,
                                 Tracing tracing) {
        int department = departments.departmentOf(leg);
        long usedBefore = countUsage ? ledger.add(plan.id(), department, month, billed)
                : ledger.used(plan.id(), department, month);
        if (tracing != null) {
            tracing.count[0] = new RatingTrace.TierCount(VolumeTiers.Scope.DEPARTMENT, department, usedBefore);
        }
        return usedBefore;
    }

    /** The month (in the bands' zone) a call starting at {@code start} counts its volume in. */
    private static long monthOf(ZoneTimeline timeline, long start) {
        long localDay = Math.floorDiv(start + timeline.offset(timeline.periodOf(start), start), CivilDate.SECONDS_PER_DAY);
        return CivilDate.monthIndex(localDay);
    }

    /**
     * An engine with the same model and sites over other volume counters: a re-rating run counts
     * its period's usage in its own, never twice in the live ones.
     */
    public RatingEngine withLedger(UsageLedger other) {
        return new RatingEngine(model, siteOfPbx, other, departments);
    }

    /** The tariff names of versions with volume tiers: the stored calls whose usage {@link #countStored} counts. */
    public Set<String> tieredTariffs() {
        return tiered().names();
    }

    /**
     * Adds billed seconds of stored calls to the volume counters, as rating them counted them:
     * {@code tariff} is the tariff they were rated with, {@code departmentId} the department they
     * are charged to (0 none; read only for tiers counted per department), {@code startMillis} a
     * start (or the start of a quarter hour of starts) that places them in their plan's month.
     * Tariffs without tiers, or no longer in the model, count nothing.
     */
    public void countStored(String pbx, String tariff, int departmentId, long startMillis, long billedSeconds) {
        TieredTariffs.Tiered tiered = tiered().of(tariff);
        if (tiered == null) {
            return;
        }
        long start = Math.floorDiv(startMillis, 1000);
        ZoneTimeline timeline = tiered.version().timeline != null ? tiered.version().timeline
                : indexedSiteOf(pbx).site.timeline();
        long month = monthOf(timeline, start);
        if (tiered.version().tiers.perDepartment) {
            ledger.add(tiered.plan().id(), departmentId, month, billedSeconds);
        } else {
            ledger.add(tiered.plan().id(), month, billedSeconds);
        }
    }

    /**
     * {@link #countStored(String, String, int, long, long)} for one stored leg, whose department
     * (when its tariff's tiers count per department) is the one rating it would charge now.
     */
    public void countStored(CallLeg leg, String tariff, long billedSeconds) {
        TieredTariffs.Tiered tiered = tiered().of(tariff);
        if (tiered != null) {
            int department = tiered.version().tiers.perDepartment ? departments.departmentOf(leg) : 0;
            countStored(leg.pbxId(), tariff, department, leg.start().toEpochMilli(), billedSeconds);
        }
    }

    private TieredTariffs tiered() {
        TieredTariffs known = tiered;
        if (known == null) {
            tiered = known = new TieredTariffs(model); // built on first use: the live path never needs it
        }
        return known;
    }

    /** An unpriced call bills its talk time at zero, so it stays visible in reports. */
    private static Money unpriced(CallLeg leg, Currency currency, String tariff, Pricer.Scratch scratch) {
        scratch.billedSeconds = leg.durationSeconds();
        scratch.tariff = tariff;
        scratch.zone = null;
        scratch.priced = false;
        scratch.exact = BigDecimal.ZERO;
        return Money.zero(currency);
    }

    /** Classifies a leg and chooses its carrier plan. */
    private Routed route(IndexedSite indexed, CallLeg leg) {
        Site site = indexed.site;
        Direction direction = leg.direction();
        TrunkGroupIndex trunks = indexed.trunks;
        if (direction == Direction.INCOMING) {
            String e164 = site.classifier().classifyNumber(leg.callingNumber()).e164();
            TrunkGroupIndex.Group group = trunks.of(leg.trunkIn());
            TariffPlan byTrunk = group == null ? null : group.plan();
            TariffPlan plan = byTrunk != null ? byTrunk : site.defaultPlan();
            String chosenBy = byTrunk != null ? BY_TRUNK_GROUP : BY_SITE_DEFAULT;
            boolean tollFree = (group != null && group.tollFree()) || site.tollFreeNumbers().contains(leg.dialedNumber());
            CallClass c = tollFree ? CallClass.INBOUND_TOLLFREE : CallClass.INBOUND;
            return new Routed(c, c, e164, plan, chosenBy, byTrunk != null ? group.name() : null);
        }
        if (direction == Direction.INTERNAL) {
            return new Routed(CallClass.INTERNAL, CallClass.INTERNAL, "", site.defaultPlan(), BY_SITE_DEFAULT, null);
        }
        String dialed = leg.dialedNumber();
        TariffPlan plan = null;
        String chosenBy = null;
        String chosenKey = null;
        for (Map.Entry<String, TariffPlan> select : site.carrierSelect().isEmpty() ? NO_SELECT : site.carrierSelect().entrySet()) {
            if (dialed.length() > select.getKey().length() && dialed.startsWith(select.getKey())) {
                dialed = dialed.substring(select.getKey().length());
                plan = select.getValue();
                chosenBy = BY_CARRIER_SELECT;
                chosenKey = select.getKey();
                break;
            }
        }
        Classification classification = site.classifier().classifyNumber(dialed);
        CallClass pstn = classification.callClass();
        TrunkGroupIndex.Group group = trunks.of(leg.trunkOut());
        if (plan == null) {
            plan = group == null ? null : group.plan();
            chosenBy = plan != null ? BY_TRUNK_GROUP : BY_SITE_DEFAULT;
            chosenKey = plan != null ? group.name() : null;
            plan = plan != null ? plan : site.defaultPlan();
        }
        String e164 = classification.e164();
        boolean onNet = pstn != CallClass.INTERNAL && pstn != CallClass.EMERGENCY
                && ((group != null && group.onNet())
                || (e164.length() > 1 && model.onNetNumbers().lookup(e164, 1) >= 0));
        return new Routed(onNet ? CallClass.ON_NET : pstn, pstn, e164, plan, chosenBy, chosenKey);
    }

    /** The site that rates legs of a PBX: its configured site, else the unconfigured one. */
    public Site siteOf(String pbxId) {
        return indexedSiteOf(pbxId).site;
    }

    private IndexedSite indexedSiteOf(String pbxId) {
        String siteId = siteOfPbx.apply(pbxId);
        IndexedSite site = siteId == null ? null : sites.get(siteId);
        if (site != null) {
            return site;
        }
        if (pbxsWithoutSite.add(pbxId)) {
            log.warn("PBX {} belongs to {}, which has no rating configuration: its calls are kept, priced 0"
                            + " under tariff {}/* (configure its site to price them)",
                    pbxId, siteId == null ? "no site" : "site '" + siteId + "'", Site.UNCONFIGURED_ID);
        }
        return unconfigured;
    }
}
