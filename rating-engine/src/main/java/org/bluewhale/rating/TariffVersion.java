package org.bluewhale.rating;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bluewhale.core.CallClass;

/**
 * One version of a tariff plan, in force from {@code from} (inclusive) to {@code to} (exclusive):
 * the zones it prices, how destination prefixes map to zones, its time bands and volume tiers, and
 * how its costs are rounded.
 *
 * <p>A zone named after a call class ({@code LOCAL}, {@code ON_NET}, {@code INBOUND_TOLLFREE}...)
 * prices calls of that class whose number no destination prefix matches, or that have no number to
 * match (internal, inbound, emergency).
 */
public final class TariffVersion {

    /**
     * A version as written by an operator.
     *
     * @param from         first instant it applies to
     * @param to           first instant it no longer applies to, or null for open-ended
     * @param zone         the zone its time bands are read in, or null for the site's zone
     * @param rounding     how the exact cost of a call is rounded
     * @param decimals     to how many decimals (at most the currency's; negative: the currency's)
     * @param splitBands   whether a call crossing a band boundary is priced per part, or all at its start band
     * @param bands        its time bands
     * @param tiers        its volume tiers
     * @param destinations prefix to zone, or null when it prices by call class only
     * @param zones        the charging of each zone it prices
     */
    public record Spec(Instant from, Instant to, ZoneId zone, RoundingMode rounding, int decimals, boolean splitBands,
                       TimeBands bands, VolumeTiers tiers, DestinationTable destinations, List<ZoneTariff.Spec> zones) {
        public Spec {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(rounding, "rounding");
            Objects.requireNonNull(bands, "bands");
            tiers = tiers == null ? VolumeTiers.NONE : tiers;
            zones = List.copyOf(zones);
        }
    }

    private static final long NUMERATOR_PER_MICRO = 60 * VolumeTiers.FULL;

    final String label;
    final long fromSecond;
    final long toSecond;
    final ZoneTimeline timeline; // null: the site's
    final RoundingMode rounding;
    final int decimals;
    /** Divides a sum of (seconds x micros per minute x basis points) into units of the rounding decimals. */
    final long denominator;
    /** Multiplies a rounded amount into the currency's minor units. */
    final long minorPerUnit;
    final boolean splitBands;
    final TimeBands bands;
    final VolumeTiers tiers;
    final DestinationTable destinations;
    final Map<String, ZoneTariff> zonesByName;
    final ZoneTariff[] byDestinationZone;
    final ZoneTariff[] byClass;
    final String[] unpricedNames;
    final Currency currency;
    final Spec spec;

    /**
     * @param label    the audit name of the version ({@code telecom/business@2026-01-01T00:00:00Z})
     * @throws IllegalArgumentException with a message naming what is wrong
     */
    TariffVersion(String label, Spec spec, Currency currency) {
        this.label = label;
        this.spec = spec;
        this.currency = currency;
        this.fromSecond = spec.from().getEpochSecond();
        this.toSecond = spec.to() == null ? Long.MAX_VALUE : spec.to().getEpochSecond();
        if (toSecond <= fromSecond) {
            throw new IllegalArgumentException(label + ": 'to' must come after 'from'");
        }
        this.timeline = spec.zone() == null ? null : ZoneTimeline.of(spec.zone());
        if (spec.rounding() == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException(label + ": rounding UNNECESSARY would fail on ordinary prices");
        }
        int digits = currency.getDefaultFractionDigits();
        if (spec.decimals() > digits) {
            throw new IllegalArgumentException(label + ": rounding decimals must be 0 to " + digits + " for " + currency);
        }
        this.rounding = spec.rounding();
        this.decimals = spec.decimals() < 0 ? digits : spec.decimals();
        this.denominator = NUMERATOR_PER_MICRO * pow10(Micros.DECIMALS - decimals);
        this.minorPerUnit = pow10(digits - decimals);
        this.splitBands = spec.splitBands();
        this.bands = spec.bands();
        this.tiers = spec.tiers();
        this.destinations = spec.destinations();
        Map<String, ZoneTariff> byName = new HashMap<>();
        for (ZoneTariff.Spec z : spec.zones()) {
            ZoneTariff tariff;
            try {
                tariff = new ZoneTariff(z, bands.names(), label + "/" + z.zone());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(label + ": " + e.getMessage(), e);
            }
            if (byName.put(z.zone(), tariff) != null) {
                throw new IllegalArgumentException(label + ": zone " + z.zone() + " is priced twice");
            }
        }
        this.zonesByName = Map.copyOf(byName);
        List<String> destinationZones = destinations == null ? List.of() : destinations.zones();
        this.byDestinationZone = destinationZones.stream().map(byName::get).toArray(ZoneTariff[]::new);
        this.byClass = new ZoneTariff[CallClass.values().length];
        this.unpricedNames = new String[CallClass.values().length];
        for (CallClass c : CallClass.values()) {
            byClass[c.ordinal()] = byName.get(c.name());
            unpricedNames[c.ordinal()] = label + "/" + c.name();
        }
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    public String label() {
        return label;
    }

    public Spec spec() {
        return spec;
    }

    boolean covers(long epochSecond) {
        return epochSecond >= fromSecond && epochSecond < toSecond;
    }

    long numeratorOf(long micros) {
        return Math.multiplyExact(micros, NUMERATOR_PER_MICRO);
    }
}
