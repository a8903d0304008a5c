package org.bluewhale.rating;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bluewhale.core.CallClass;

/**
 * The simple, properties form of the rating model: {@code site.<id>.*} keys give each site a dial
 * plan and one plan (carrier id = site id) with a tariff per call class. Keys are listed in
 * {@link RatingKey}; keys outside {@code site.*} and {@code rating.*} are ignored, so the server may
 * pass its whole configuration. The full model (carriers, versions, destinations, bands) is
 * written in JSON: {@link ModelJson}.
 */
public final class RatingConfig {

    private static final Pattern SITE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String DEMO_RESOURCE = "demo-rating.properties";

    private RatingConfig() {
    }

    /**
     * Builds the model from properties.
     *
     * @throws RatingConfigException naming the first key at fault
     */
    public static RatingModel fromProperties(Properties props) {
        Map<String, Site> sites = new LinkedHashMap<>();
        Map<String, Carrier> carriers = new LinkedHashMap<>();
        for (String id : siteIds(props)) {
            Site site = SiteParser.parse(props, id);
            sites.put(id, site);
            carriers.put(id, Carrier.of(id, id, List.of(site.defaultPlan())));
        }
        return RatingModel.of(sites, carriers, fallbackCurrency(props, sites));
    }

    /** Reads properties text ({@link Properties#load(Reader)} syntax) and builds the model. */
    public static RatingModel fromReader(Reader reader) throws IOException {
        Properties props = new Properties();
        props.load(reader);
        return fromProperties(props);
    }

    /**
     * The bundled {@code demo-rating.properties}: site {@code hq}, Shanghai, CNY, the numbering the
     * demo simulator dials, one tariff per class.
     */
    public static RatingModel demoProperties() {
        try (InputStream in = RatingConfig.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEMO_RESOURCE + " is missing from the rating-engine jar");
            }
            return fromReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEMO_RESOURCE, e);
        }
    }

    /** Site ids named by {@code site.<id>.*} keys; unknown settings are rejected so typos show. */
    private static Set<String> siteIds(Properties props) {
        Set<String> ids = new TreeSet<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith(RatingKey.SITE_PREFIX)) {
                String rest = key.substring(RatingKey.SITE_PREFIX.length());
                int dot = rest.indexOf('.');
                String id = dot < 0 ? rest : rest.substring(0, dot);
                if (!SITE_ID.matcher(id).matches() || dot < 0) {
                    throw new RatingConfigException(key, "expected site.<id>.<setting> with an id of 1-64 of A-Z a-z 0-9 _ -");
                }
                checkKnownSetting(key, id, rest.substring(dot + 1));
                ids.add(id);
            } else if (key.startsWith("rating.") && !key.equals(RatingKey.FALLBACK_CURRENCY.pattern())
                    && !key.equals(RatingKey.MODEL.pattern())) {
                throw new RatingConfigException(key, "unknown setting; known: " + RatingKey.FALLBACK_CURRENCY.pattern()
                        + ", " + RatingKey.MODEL.pattern());
            }
        }
        return ids;
    }

    private static void checkKnownSetting(String key, String siteId, String setting) {
        boolean known = Arrays.stream(RatingKey.values()).anyMatch(k -> setting.equals(k.siteSuffix()))
                || Arrays.stream(CallClass.values()).anyMatch(c -> key.equals(RatingKey.tariffKey(siteId, c)));
        if (!known) {
            String settings = Arrays.stream(RatingKey.values()).map(RatingKey::siteSuffix)
                    .filter(Objects::nonNull).collect(Collectors.joining(", "));
            String classes = Arrays.stream(CallClass.values()).map(RatingKey::classInKey)
                    .collect(Collectors.joining(", "));
            throw new RatingConfigException(key, "unknown setting; known: " + settings
                    + " (tariff classes: " + classes + ")");
        }
    }

    /** The currency of zero costs while no site is configured at all. */
    private static final Currency NO_SITE_CURRENCY = Currency.getInstance("USD");

    private static Currency fallbackCurrency(Properties props, Map<String, Site> sites) {
        String key = RatingKey.FALLBACK_CURRENCY.pattern();
        String code = props.getProperty(key);
        if (code != null) {
            return SiteParser.currency(key, code.strip());
        }
        Set<Currency> used = sites.values().stream().map(Site::currency).collect(Collectors.toSet());
        if (used.isEmpty()) {
            return NO_SITE_CURRENCY; // nothing is priced yet: unconfigured calls cost 0 in any currency
        }
        if (used.size() > 1) {
            throw new RatingConfigException(key, "required when the sites do not share one currency (they use "
                    + used + ")");
        }
        return used.iterator().next();
    }
}
