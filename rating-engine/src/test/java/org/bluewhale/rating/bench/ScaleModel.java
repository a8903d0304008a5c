package org.bluewhale.rating.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.rating.CallClassifier;
import org.bluewhale.rating.Carrier;
import org.bluewhale.rating.DestinationCsv;
import org.bluewhale.rating.DestinationTable;
import org.bluewhale.rating.DialPlan;
import org.bluewhale.rating.ExtensionRanges;
import org.bluewhale.rating.HolidayCalendar;
import org.bluewhale.rating.LengthSet;
import org.bluewhale.rating.RatingModel;
import org.bluewhale.rating.Site;
import org.bluewhale.rating.TariffPlan;
import org.bluewhale.rating.TariffVersion;
import org.bluewhale.rating.TimeBands;
import org.bluewhale.rating.VolumeTiers;
import org.bluewhale.rating.ZoneTariff;

/**
 * A rating model at the scale the issue asks for: 1,000 carriers, each with its own destination
 * table of 1,000 prefixes (1,000,000 rules in all, read from CSV text as an import would), 100
 * zones, peak/off-peak/weekend bands with holidays, split at band boundaries; ten sites in zones
 * with and without DST that pick carriers by trunk group, with carrier 0 as the reference.
 * Deterministic for a seed.
 */
public final class ScaleModel {

    public static final int CARRIERS = 1_000;
    public static final int PREFIXES_PER_CARRIER = 1_000;
    static final int ZONES = 100;
    static final String[] SITE_ZONES = {"Europe/Berlin", "America/New_York", "Asia/Shanghai", "Australia/Lord_Howe",
            "Europe/London", "Asia/Tokyo", "America/Los_Angeles", "Europe/Paris", "Asia/Singapore", "America/Chicago"};
    static final String[] COUNTRY = {"49", "1", "86", "61", "44", "81", "1", "33", "65", "1"};
    static final String[] WORLD = {"1", "7", "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43",
            "44", "45", "46", "47", "48", "49", "51", "52", "54", "55", "56", "57", "60", "61", "62", "63", "64", "65",
            "66", "81", "82", "84", "86", "90", "91", "92", "852", "886", "971", "972"};
    static final Currency EUR = Currency.getInstance("EUR");
    private static final String[] PBX = {"pbx0", "pbx1", "pbx2", "pbx3", "pbx4", "pbx5", "pbx6", "pbx7", "pbx8", "pbx9"};

    private ScaleModel() {
    }

    /** The destination table of a carrier as CSV text: 1,000 distinct prefixes of 3 to 8 digits. */
    static String destinationsCsv(int carrier) {
        SplittableRandom random = new SplittableRandom(carrier);
        StringBuilder csv = new StringBuilder(PREFIXES_PER_CARRIER * 16);
        Set<String> seen = new java.util.HashSet<>();
        for (String cc : WORLD) { // every country code, so any number matches something
            seen.add(cc);
            csv.append(cc).append(",z").append(seen.size() % ZONES).append('\n');
        }
        while (seen.size() < PREFIXES_PER_CARRIER) {
            StringBuilder prefix = new StringBuilder(WORLD[random.nextInt(WORLD.length)]);
            int extra = 1 + random.nextInt(5);
            for (int i = 0; i < extra; i++) {
                prefix.append((char) ('0' + random.nextInt(10)));
            }
            if (seen.add(prefix.toString())) {
                csv.append(prefix).append(",z").append(random.nextInt(ZONES)).append('\n');
            }
        }
        return csv.toString();
    }

    /**
     * Builds the model with one carrier per destination CSV text ({@link #csvs}), made beforehand so a
     * benchmark can time the parse alone.
     */
    public static RatingModel build(List<String> csvs) {
        int carrierCount = csvs.size();
        TimeBands bands = new TimeBands("off-peak", List.of(
                new TimeBands.Rule(TimeBands.days("MON-FRI"), LocalTime.of(8, 0), LocalTime.of(18, 0), "peak"),
                new TimeBands.Rule(TimeBands.days("SAT,SUN"), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, "weekend")),
                "weekend");
        Map<String, Carrier> carriers = new LinkedHashMap<>();
        List<TariffPlan> plans = new ArrayList<>();
        for (int c = 0; c < carrierCount; c++) {
            DestinationTable table;
            try {
                table = DestinationCsv.read("carrier" + c + ".csv", new StringReader(csvs.get(c)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SplittableRandom random = new SplittableRandom(-c - 1);
            List<ZoneTariff.Spec> zones = new ArrayList<>();
            for (int z = 0; z < ZONES; z++) {
                int[][] schemes = {{60, 60}, {30, 6}, {6, 6}, {1, 1}};
                int[] scheme = schemes[random.nextInt(schemes.length)];
                BigDecimal peak = BigDecimal.valueOf(1 + random.nextInt(2_000), 4);
                zones.add(new ZoneTariff.Spec("z" + z, scheme[0], scheme[1], BigDecimal.valueOf(random.nextInt(20), 2),
                        BigDecimal.valueOf(random.nextInt(10), 2), BigDecimal.valueOf(50), 0,
                        Map.of("peak", peak, "off-peak", peak.multiply(new BigDecimal("0.6")), "weekend",
                                peak.multiply(new BigDecimal("0.5")))));
            }
            for (String c2 : new String[] {"LOCAL", "NATIONAL", "MOBILE", "ON_NET"}) {
                zones.add(ZoneTariff.Spec.perMinute(c2, "0.02", 60, 60));
            }
            TariffVersion.Spec version = new TariffVersion.Spec(Instant.parse("2026-01-01T00:00:00Z"), null, null,
                    RoundingMode.HALF_UP, 2, true, bands, VolumeTiers.NONE, table, zones);
            TariffPlan plan = new TariffPlan("c" + c + "/std", EUR, List.of(version));
            plans.add(plan);
            carriers.put("c" + c, Carrier.of("c" + c, "carrier " + c, List.of(plan)));
        }
        Map<String, Site> sites = new LinkedHashMap<>();
        for (int s = 0; s < SITE_ZONES.length; s++) {
            DialPlan dial = new DialPlan(COUNTRY[s], "30", ExtensionRanges.parse("2000-2999"), List.of("0"), "0", "00",
                    LengthSet.parse("7-8"), LengthSet.parse("9-11"), List.of("15", "16", "17"), LengthSet.parse("11"),
                    List.of("800"), List.of("900"), List.of("112", "110"));
            Map<String, TariffPlan> trunks = new HashMap<>();
            for (int t = 0; t < 100; t++) {
                trunks.put(Integer.toString(100 + t), plans.get((s * 100 + t) % carrierCount));
            }
            sites.put("s" + s, new Site("s" + s, ZoneId.of(SITE_ZONES[s]),
                    HolidayCalendar.parse(List.of("--01-01", "--12-25", "2026-04-03")), EUR,
                    new CallClassifier(dial), Map.of(), trunks, plans.get(s + 1), plans.get(0), Set.of("999"),
                    List.of(COUNTRY[s] + "3055" + s), Set.of(), Set.of()));
        }
        return RatingModel.of(sites, carriers, EUR);
    }

    public static List<String> csvs() {
        return csvs(CARRIERS);
    }

    /** The destination tables of the first {@code carriers} carriers (at least 11: sites default to 1-10). */
    public static List<String> csvs(int carriers) {
        List<String> csvs = new ArrayList<>(carriers);
        for (int c = 0; c < carriers; c++) {
            csvs.add(destinationsCsv(c));
        }
        return csvs;
    }

    /**
     * Outgoing legs from the ten sites: international, national and local numbers, 0-30 min, in 2026,
     * over {@code trunksPerSite} of each site's 100 trunk groups (each a different carrier; 100 uses all 1,000).
     */
    public static CallLeg[] legs(int count, long seed, int trunksPerSite) {
        SplittableRandom random = new SplittableRandom(seed);
        CallLeg[] legs = new CallLeg[count];
        long from = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < count; i++) {
            int site = random.nextInt(SITE_ZONES.length);
            int kind = random.nextInt(10);
            StringBuilder dialed = new StringBuilder();
            if (kind < 6) {
                dialed.append("00").append(WORLD[random.nextInt(WORLD.length)]);
                digits(dialed, 9, random);
            } else if (kind < 9) {
                dialed.append("030");
                digits(dialed, 7, random);
            } else {
                digits(dialed.append('3'), 6, random);
            }
            legs[i] = new CallLeg(PBX[site], i, i, Instant.ofEpochSecond(from + random.nextLong(360L * 86_400)),
                    ZoneId.of(SITE_ZONES[site]), random.nextInt(1_800), 3, "2345", dialed.toString(),
                    Direction.OUTGOING, "", "", "", "", (100 + random.nextInt(trunksPerSite)) + "/001", "", "", "", "", "", "");
        }
        return legs;
    }

    private static void digits(StringBuilder sb, int n, SplittableRandom random) {
        sb.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
    }

    /** The site of each PBX {@code pbxN}, as the server's PBX directory would map it. */
    public static final Map<String, String> SITE_OF_PBX = siteOfPbx();

    private static Map<String, String> siteOfPbx() {
        Map<String, String> map = new HashMap<>();
        for (int s = 0; s < SITE_ZONES.length; s++) {
            map.put("pbx" + s, "s" + s);
        }
        return Map.copyOf(map);
    }

}
