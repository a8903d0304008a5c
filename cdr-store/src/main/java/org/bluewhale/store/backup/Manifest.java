package org.bluewhale.store.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code manifest.properties} of a backup archive: what it holds and how to check it.
 *
 * <pre>
 * format=bluewhale-backup        version=1            created=2026-11-24T06:30:00Z   source=h2
 * tables=pbx,zone,...            files=bluewhale.properties
 * table.cdr.rows=1000            table.cdr.sha256=...  (of the entry tables/cdr.rows, uncompressed)
 * table.cdr.total.cost_minor=... (sums a restore must reproduce)
 * file.bluewhale.properties.sha256=...
 * </pre>
 */
public final class Manifest {

    static final String ENTRY = "manifest.properties";
    static final String FORMAT = "bluewhale-backup";
    static final String VERSION = "1";
    /** Columns whose sums are recorded and checked after a restore: the billing totals. */
    static final Map<String, List<String>> TOTALS = Map.of("cdr", List.of("duration_s", "billed_s", "cost_minor"));

    private final Properties values;

    Manifest(Properties values) {
        this.values = values;
    }

    static Manifest empty(String source, String created) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("version", VERSION);
        p.setProperty("created", created);
        p.setProperty("source", source);
        return new Manifest(p);
    }

    static Manifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!FORMAT.equals(p.getProperty("format")) || !VERSION.equals(p.getProperty("version"))) {
            throw new IOException("not a Bluewhale backup of version " + VERSION + " (format "
                    + p.getProperty("format") + ", version " + p.getProperty("version") + ")");
        }
        return new Manifest(p);
    }

    void write(OutputStream out) {
        try {
            StringWriter text = new StringWriter();
            values.store(text, "Bluewhale backup");
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void set(String key, String value) {
        values.setProperty(key, value);
    }

    String get(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("backup manifest lacks " + key);
        }
        return value;
    }

    public String source() {
        return get("source");
    }

    public String created() {
        return get("created");
    }

    public List<String> tables() {
        return list("tables");
    }

    public List<String> files() {
        return list("files");
    }

    private List<String> list(String key) {
        String value = values.getProperty(key, "");
        return value.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(value.split(",")));
    }

    public long rows(String table) {
        return Long.parseLong(get("table." + table + ".rows"));
    }

    /** The recorded sums of {@code table}'s total columns, by column. */
    public Map<String, Long> totals(String table) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (String column : TOTALS.getOrDefault(table, List.of())) {
            String value = values.getProperty("table." + table + ".total." + column);
            if (value != null) {
                sums.put(column, Long.parseLong(value));
            }
        }
        return sums;
    }

    @Override
    public String toString() {
        StringWriter text = new StringWriter();
        values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted()
                .forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

}
