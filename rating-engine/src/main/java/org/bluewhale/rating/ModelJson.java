package org.bluewhale.rating;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.bluewhale.rating.ModelDocument.BandsDoc;
import org.bluewhale.rating.ModelDocument.CarrierDoc;
import org.bluewhale.rating.ModelDocument.DialPlanDoc;
import org.bluewhale.rating.ModelDocument.PlanDoc;
import org.bluewhale.rating.ModelDocument.SiteDoc;
import org.bluewhale.rating.ModelDocument.VersionDoc;
import org.bluewhale.rating.ModelDocument.ZoneDoc;

/**
 * Reads the full rating model from JSON (format in docs/rating.md) and checks it whole: a model
 * with any error is rejected with the path of the first fault ({@code carriers[telecom].plans[business]
 * .versions[0].zones[beijing]: ...}), so a bad file never replaces a good model.
 */
public final class ModelJson {

    /** Opens a destination file named in the model; the caller decides where files live. */
    @FunctionalInterface
    public interface Files {
        Reader open(String name) throws IOException;
    }

    private static final String DEMO_RESOURCE = "demo-model.json";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Files files;
    private final Map<String, DestinationTable> tables = new HashMap<>();
    private final Map<String, TariffPlan> plans = new HashMap<>();

    private ModelJson(Files files) {
        this.files = files;
    }

    /**
     * @throws RatingConfigException naming where the model is wrong
     * @throws IOException           if it or a destination file cannot be read
     */
    public static RatingModel read(Reader json, Files files) throws IOException {
        ModelDocument doc;
        try {
            doc = MAPPER.readValue(json, ModelDocument.class);
        } catch (JsonProcessingException e) {
            throw new RatingConfigException("rating model", e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
        return new ModelJson(files).model(doc);
    }

    /** The built-in demo model: a Shanghai head office and a Beijing branch, three carriers, CNY. */
    public static RatingModel demo() {
        try (InputStream in = ModelJson.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEMO_RESOURCE + " is missing from the rating-engine jar");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), name -> {
                throw new IOException("the demo model has no destination files");
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEMO_RESOURCE, e);
        }
    }

    private RatingModel model(ModelDocument doc) throws IOException {
        if (doc.destinationTables() != null) {
            for (Map.Entry<String, Map<String, String>> t : doc.destinationTables().entrySet()) {
                tables.put(t.getKey(), at("destinationTables[" + t.getKey() + "]", () -> {
                    DestinationTable.Builder b = new DestinationTable.Builder();
                    t.getValue().forEach(b::put);
                    return b.build();
                }));
            }
        }
        if (doc.destinationFiles() != null) {
            for (Map.Entry<String, String> f : doc.destinationFiles().entrySet()) {
                try (Reader reader = files.open(f.getValue())) {
                    String where = "destinationFiles[" + f.getKey() + "]";
                    DestinationTable table = at(where, () -> {
                        try {
                            return DestinationCsv.read(f.getValue(), reader);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    if (tables.put(f.getKey(), table) != null) {
                        throw new RatingConfigException(where, "a destination table of this name is already defined");
                    }
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        }
        Map<String, Carrier> carriers = new LinkedHashMap<>();
        for (CarrierDoc c : list(doc.carriers())) {
            String where = "carriers[" + c.id() + "]";
            require(where + ".id", c.id());
            List<TariffPlan> carrierPlans = new ArrayList<>();
            for (PlanDoc p : list(c.plans())) {
                String planWhere = where + ".plans[" + p.id() + "]";
                String planId = c.id() + "/" + require(planWhere + ".id", p.id());
                Currency currency = at(planWhere + ".currency", () -> currency(p.currency()));
                List<TariffVersion.Spec> versions = new ArrayList<>();
                for (int i = 0; i < list(p.versions()).size(); i++) {
                    VersionDoc v = p.versions().get(i);
                    versions.add(at(planWhere + ".versions[" + i + "]", () -> version(v)));
                }
                TariffPlan plan = at(planWhere, () -> new TariffPlan(planId, currency, versions));
                carrierPlans.add(plan);
                plans.put(planId, plan);
            }
            Carrier carrier = at(where, () -> Carrier.of(c.id(), c.name() == null ? c.id() : c.name(), carrierPlans));
            plans.putIfAbsent(c.id(), carrier.defaultPlan());
            if (carriers.put(c.id(), carrier) != null) {
                throw new RatingConfigException(where, "two carriers have this id");
            }
        }
        Map<String, Site> sites = new LinkedHashMap<>();
        for (SiteDoc s : list(doc.sites())) {
            String where = "sites[" + s.id() + "]";
            require(where + ".id", s.id());
            if (sites.put(s.id(), site(where, s)) != null) {
                throw new RatingConfigException(where, "two sites have this id");
            }
        }
        Currency fallback = doc.fallbackCurrency() != null ? at("fallbackCurrency", () -> currency(doc.fallbackCurrency()))
                : sites.values().stream().map(Site::currency).findFirst().orElse(Currency.getInstance("USD"));
        return at("sites", () -> RatingModel.of(sites, carriers, fallback));
    }

    private Site site(String where, SiteDoc s) {
        ZoneId zone = at(where + ".zone", () -> ZoneId.of(require(where + ".zone", s.zone())));
        Currency currency = at(where + ".currency", () -> currency(s.currency()));
        HolidayCalendar holidays = at(where + ".holidays", () -> HolidayCalendar.parse(list(s.holidays())));
        CallClassifier classifier = at(where + ".dialPlan", () -> new CallClassifier(dialPlan(s)));
        Map<String, TariffPlan> select = new HashMap<>();
        if (s.carrierSelect() != null) {
            s.carrierSelect().forEach((prefix, plan) -> select.put(digits(where + ".carrierSelect", prefix),
                    plan(where + ".carrierSelect[" + prefix + "]", plan)));
        }
        Map<String, TariffPlan> trunks = new HashMap<>();
        if (s.trunkGroups() != null) {
            s.trunkGroups().forEach((group, plan) -> trunks.put(group, plan(where + ".trunkGroups[" + group + "]", plan)));
        }
        TariffPlan defaultPlan = s.defaultCarrier() == null ? null : plan(where + ".defaultCarrier", s.defaultCarrier());
        TariffPlan reference = s.referenceCarrier() == null ? null : plan(where + ".referenceCarrier", s.referenceCarrier());
        for (TariffPlan p : new TariffPlan[] {defaultPlan, reference}) {
            if (p != null && !p.currency().equals(currency)) {
                throw new RatingConfigException(where, "plan " + p.id() + " is in " + p.currency()
                        + " but the site is in " + currency + ": savings need one currency");
            }
        }
        List<String> publicNumbers = list(s.publicNumbers()).stream()
                .map(n -> digits(where + ".publicNumbers", n.startsWith("+") ? n.substring(1) : n)).toList();
        return new Site(s.id(), zone, holidays, currency, classifier, select, trunks, defaultPlan, reference,
                Set.copyOf(list(s.onNetTrunkGroups())), publicNumbers, Set.copyOf(list(s.tollFreeTrunkGroups())),
                Set.copyOf(list(s.tollFreeNumbers())));
    }

    private static DialPlan dialPlan(SiteDoc s) {
        DialPlanDoc d = s.dialPlan() == null
                ? new DialPlanDoc(null, null, null, null, null, null, null, null, null, null, null) : s.dialPlan();
        return new DialPlan(nz(s.country()), nz(s.areaCode()), ExtensionRanges.parse(nz(d.extensions())),
                list(d.accessCodes()), d.nationalPrefix() == null ? "0" : d.nationalPrefix(),
                d.internationalPrefix() == null ? "00" : d.internationalPrefix(), LengthSet.parse(nz(d.localLengths())),
                LengthSet.parse(d.nationalLengths() == null ? "any" : d.nationalLengths()), list(d.mobilePrefixes()),
                LengthSet.parse(d.mobileLengths() == null ? "any" : d.mobileLengths()), list(d.tollFreePrefixes()),
                list(d.premiumPrefixes()), list(d.emergency()));
    }

    private TariffVersion.Spec version(VersionDoc v) {
        ZoneId zone = v.zone() == null ? null : ZoneId.of(v.zone());
        TimeBands bands = bands(v.bands());
        List<VolumeTiers.Tier> tiers = list(v.tiers()).stream()
                .map(t -> new VolumeTiers.Tier(t.fromMinutes(), t.percent())).toList();
        VolumeTiers.Scope scope = v.tierScope() == null ? VolumeTiers.Scope.PLAN
                : at("tierScope", () -> VolumeTiers.Scope.parse(v.tierScope()));
        DestinationTable destinations = null;
        if (v.destinations() != null) {
            destinations = tables.get(v.destinations());
            if (destinations == null) {
                throw new IllegalArgumentException("destinations '" + v.destinations() + "' is no destination table "
                        + "(known: " + tables.keySet() + ")");
            }
        }
        List<ZoneTariff.Spec> zones = new ArrayList<>();
        if (v.zones() != null) {
            v.zones().forEach((name, z) -> zones.add(at("zones[" + name + "]", () -> zone(name, z))));
        }
        RoundingMode rounding = v.rounding() == null ? RoundingMode.HALF_UP
                : RoundingMode.valueOf(v.rounding().toUpperCase(Locale.ROOT));
        int decimals = v.decimals() == null ? -1 : v.decimals();
        return new TariffVersion.Spec(instant(v.from(), zone), v.to() == null ? null : instant(v.to(), zone), zone,
                rounding, decimals, v.splitBands() == null || v.splitBands(), bands,
                VolumeTiers.of(tiers, scope), destinations, zones);
    }

    private static TimeBands bands(BandsDoc b) {
        if (b == null) {
            return TimeBands.flat("all");
        }
        List<TimeBands.Rule> rules = list(b.rules()).stream().map(r -> new TimeBands.Rule(TimeBands.days(r.days()),
                LocalTime.parse(r.from()), LocalTime.parse(r.to().equals("24:00") ? "00:00" : r.to()), r.band())).toList();
        return new TimeBands(b.defaultBand() == null ? "all" : b.defaultBand(), rules, b.holiday());
    }

    private static ZoneTariff.Spec zone(String name, ZoneDoc z) {
        Map<String, BigDecimal> prices = new HashMap<>(z.prices() == null ? Map.of() : z.prices());
        if (z.price() != null) {
            prices.put("*", z.price());
        }
        BigDecimal fee = z.fee() == null ? BigDecimal.ZERO : z.fee();
        if (z.flat() != null) {
            if (!prices.isEmpty()) {
                throw new IllegalArgumentException("a flat zone has no price per minute");
            }
            fee = fee.add(z.flat());
            prices.put("*", BigDecimal.ZERO);
        }
        int first = z.first() == null ? 60 : z.first();
        return new ZoneTariff.Spec(name, first, z.increment() == null ? first : z.increment(), fee, z.minimum(),
                z.maximum(), z.freeSeconds() == null ? 0 : z.freeSeconds(), prices);
    }

    /** {@code 2026-01-01T00:00:00Z}, {@code 2026-01-01T00:00+08:00}, or a date at midnight in the version's zone (else UTC). */
    public static Instant instant(String text, ZoneId zone) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(zone == null ? ZoneOffset.UTC : zone).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (2026-01-01) or a date-time with offset"
                    + " (2026-01-01T00:00+08:00)");
        }
    }

    private TariffPlan plan(String where, String ref) {
        TariffPlan plan = plans.get(ref);
        if (plan == null) {
            throw new RatingConfigException(where, "'" + ref + "' is no carrier or carrier/plan (known: "
                    + plans.keySet().stream().sorted().toList() + ")");
        }
        return plan;
    }

    private static Currency currency(String code) {
        Currency c = Currency.getInstance(require("currency", code).toUpperCase(Locale.ROOT));
        if (c.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException(code + " has no minor unit to price in");
        }
        return c;
    }

    private static String digits(String where, String text) {
        if (text.isEmpty() || !text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new RatingConfigException(where, "'" + text + "' must be digits");
        }
        return text;
    }

    private static <T> T at(String where, Supplier<T> step) {
        try {
            return step.get();
        } catch (RatingConfigException e) {
            throw e.key().startsWith(where) ? e : new RatingConfigException(where + "." + e.key(), e.getMessage()
                    .substring(e.key().length() + 2));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new RatingConfigException(where, String.valueOf(e.getMessage()));
        }
    }

    private static String require(String where, String value) {
        if (value == null || value.isBlank()) {
            throw new RatingConfigException(where, "required");
        }
        return value;
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
