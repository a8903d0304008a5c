package org.bluewhale.server.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bluewhale.server.bench.Benchmarks;
import org.bluewhale.server.bench.ReportBenchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput. The last line printed is '<stage>: <N> CDR/s'.",
                "e2e: simulator over loopback TCP -> committed rows; ingest: TCP -> journal while the pipeline "
                        + "runs; parse: decoding; rate: rating; store: batched inserts of the same rows; "
                        + "xlsx: a report of --count rows streamed to an Excel file (give the JVM the heap to test)."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "STAGE", description = "e2e, ingest, parse, rate, store or xlsx.")
    String stage;

    @Option(names = "--count", defaultValue = "5000000", description = "Records (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--db", defaultValue = "h2", description = "Main database for e2e, ingest and store: h2 or sqlite.")
    String db;

    @Option(names = "--fenced", description = "store: write as a cluster node does, every batch through the "
            + "ownership fence that also records the stream's progress in pbx_owner (docs/cluster.md).")
    boolean fenced;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a configuration key for the run (e.g. --set pipeline.store-batch=20000).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        System.out.println(Benchmarks.jvm());
        double rate = switch (stage) {
            case "e2e" -> Benchmarks.endToEnd(count, db, settings, false);
            case "ingest" -> Benchmarks.endToEnd(count, db, settings, true);
            case "parse" -> Benchmarks.parse(count);
            case "rate" -> Benchmarks.rate(count);
            case "store" -> Benchmarks.store(count, db, settings, fenced);
            case "xlsx" -> ReportBenchmarks.xlsx(count);
            default -> throw new IllegalArgumentException("unknown stage '" + stage
                    + "': e2e, ingest, parse, rate, store, xlsx");
        };
        System.out.printf("%s: %d CDR/s%n", stage, Math.round(rate));
        return 0;
    }
}
