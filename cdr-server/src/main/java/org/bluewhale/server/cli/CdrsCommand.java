package org.bluewhale.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.bluewhale.store.Database;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.CdrReader;
import org.bluewhale.store.cdr.StoredCdr;
import org.bluewhale.web.CdrJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "cdrs", mixinStandardHelpOptions = true, description = "Print stored, rated CDRs, oldest first.")
final class CdrsCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--config", description = "Configuration file (default: DATA/bluewhale.properties if present).")
    Path config;

    @Option(names = "--from", description = "First start instant, ISO-8601 (e.g. 2026-11-01T00:00:00Z).")
    Instant from;

    @Option(names = "--to", description = "Start instants before this one, ISO-8601.")
    Instant to;

    @Option(names = "--pbx", description = "Only this PBX.")
    String pbx;

    @Option(names = "--extension", description = "Only calls from or to this number.")
    String extension;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("csv") && !format.equals("json")) {
            throw new IllegalArgumentException("--format must be csv or json, got '" + format + "'");
        }
        try (Database database = CliDatabase.open(data, config, "read CDRs through GET /api/v1/cdrs")) {
            print(database.cdrReader(), System.out);
        }
        return 0;
    }

    private void print(CdrReader reader, PrintStream out) {
        CdrQuery query = new CdrQuery(from == null ? Instant.EPOCH : from,
                to == null ? Instant.parse("9999-12-31T23:59:59Z") : to, pbx, extension, 1, 0);
        ObjectMapper json = new ObjectMapper();
        boolean[] first = {true};
        out.println(format.equals("csv") ? String.join(",", CdrJson.FIELDS) : "[");
        reader.forEach(query, cdr -> {
            if (format.equals("csv")) {
                out.println(CdrJson.csvLine(cdr));
            } else {
                out.print(first[0] ? "  " : ",\n  ");
                out.print(toJson(json, cdr));
                first[0] = false;
            }
        });
        if (format.equals("json")) {
            out.println(first[0] ? "]" : "\n]");
        }
    }

    private static String toJson(ObjectMapper json, StoredCdr cdr) {
        try {
            return json.writeValueAsString(CdrJson.map(cdr));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
