package org.bluewhale.rating;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Prices single calls under one tariff version, as the engine does once it has found the zone. */
final class OneVersion {

    static final Currency CNY = Currency.getInstance("CNY");
    static final ZoneId UTC = ZoneId.of("UTC");

    /** What a priced call came to: billed seconds, minor units, and the parts it was cut into. */
    record Priced(long billedSeconds, long minorUnits, List<RatingTrace.Part> parts) {
    }

    private final TariffVersion version;
    private final ZoneId siteZone;
    private final HolidayCalendar holidays;

    OneVersion(TariffVersion.Spec spec, Currency currency, ZoneId siteZone, HolidayCalendar holidays) {
        this.version = new TariffPlan("test/plan", currency, List.of(spec)).versions().get(0);
        this.siteZone = siteZone;
        this.holidays = holidays;
    }

    /** One zone "z", flat bands, UTC, the currency's decimals. */
    static OneVersion of(ZoneTariff.Spec zone, Currency currency, RoundingMode rounding) {
        return new OneVersion(spec(TimeBands.flat("all"), null, rounding, -1, true, VolumeTiers.NONE, zone),
                currency, UTC, HolidayCalendar.NONE);
    }

    static TariffVersion.Spec spec(TimeBands bands, ZoneId zone, RoundingMode rounding, int decimals, boolean split,
                                   VolumeTiers tiers, ZoneTariff.Spec... zones) {
        return new TariffVersion.Spec(Instant.EPOCH, null, zone, rounding, decimals, split, bands, tiers, null,
                List.of(zones));
    }

    Priced price(String zone, Instant start, int duration, long usedBefore) {
        Pricer.Scratch scratch = new Pricer.Scratch();
        List<RatingTrace.Part> parts = new ArrayList<>();
        ZoneTimeline timeline = version.timeline != null ? version.timeline : ZoneTimeline.of(siteZone);
        long minor = Pricer.price(version.zonesByName.get(zone), version, start.getEpochSecond(), duration, timeline,
                holidays, usedBefore, scratch, parts);
        return new Priced(scratch.billedSeconds, minor, parts);
    }

    Priced price(String zone, String start, int duration) {
        return price(zone, Instant.parse(start), duration, 0);
    }
}
