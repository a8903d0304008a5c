package org.bluewhale.server.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.bluewhale.core.rawdump.RawDumpFile;
import org.bluewhale.core.rawdump.RawDumpFiles;
import org.bluewhale.server.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bluewhale rawdump list|show}: browses the RAW DUMP files of a data directory. Reads the
 * files only, so it runs beside a running server.
 */
@Command(name = "rawdump", mixinStandardHelpOptions = true, description = "Browse the raw dump: every record "
        + "each PBX sent, as received.", subcommands = {RawDumpCommand.ListFiles.class, RawDumpCommand.Show.class})
final class RawDumpCommand {

    /** Options both subcommands take. */
    abstract static class Selection {

        @Option(names = "--data", defaultValue = "data", description = "Data directory (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--from", description = "From this day or instant, UTC (2026-11-24 or 2026-11-24T08:00:00Z).")
        String from;

        @Option(names = "--to", description = "Before this instant, or up to the end of this day, UTC.")
        String to;

        RawDumpFiles files() {
            return new RawDumpFiles(DataDirectory.rawDump(data));
        }

        Instant fromOr(Instant fallback) {
            return from == null ? fallback : PeriodBound.start(from, ZoneOffset.UTC);
        }

        Instant toOr(Instant fallback) {
            return to == null ? fallback : PeriodBound.end(to, ZoneOffset.UTC);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The PBXs with a raw dump, or one PBX's "
            + "files with their time range, records and size.")
    static final class ListFiles extends Selection implements Callable<Integer> {

        @Option(names = "--pbx", description = "List this PBX's files (without: every PBX, one line each).")
        String pbx;

        @Override
        public Integer call() {
            RawDumpFiles files = files();
            PrintStream out = System.out;
            if (pbx == null) {
                out.println("pbx\tfiles\trecords\tbytes\tfrom\tto");
                for (String one : files.pbxs()) {
                    List<RawDumpFile> list = files.list(one);
                    out.println(one + "\t" + list.size() + "\t" + list.stream().mapToLong(RawDumpFile::records).sum()
                            + "\t" + list.stream().mapToLong(RawDumpFile::bytes).sum()
                            + "\t" + (list.isEmpty() ? "" : list.get(0).from())
                            + "\t" + (list.isEmpty() ? "" : list.get(list.size() - 1).to()));
                }
                return 0;
            }
            Instant rangeFrom = fromOr(Instant.EPOCH);
            Instant rangeTo = toOr(Instant.MAX);
            out.println("file\tfrom\tto\trecords\tbytes\tstate\tpath");
            for (RawDumpFile file : files.list(pbx)) {
                if (file.overlaps(rangeFrom, rangeTo)) {
                    out.println(file.name() + "\t" + file.from() + "\t" + file.to() + "\t" + file.records() + "\t"
                            + file.bytes() + "\t" + (file.open() ? "open" : "closed") + "\t" + file.path());
                }
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the records a PBX sent in a time "
            + "range, one a line as in the files: received (UTC), sequence, journal position, the bytes "
            + "(non-printable ones and the backslash as \\xNN).")
    static final class Show extends Selection implements Callable<Integer> {

        @Option(names = "--pbx", required = true, description = "The PBX.")
        String pbx;

        @Option(names = "--limit", defaultValue = "1000", description = "At most this many records (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--after", defaultValue = "0", description = "Only records after this journal position "
                + "(the next page, as the last run printed).")
        long after;

        @Override
        public Integer call() {
            if (from == null) {
                throw new IllegalArgumentException("--from is required: the first day or instant to show");
            }
            if (limit < 1) {
                throw new IllegalArgumentException("--limit must be at least 1, not " + limit);
            }
            RawDumpFiles.Page page = files().read(pbx, fromOr(null), toOr(Instant.now()), after, limit);
            page.lines().forEach(System.out::println);
            if (page.next() >= 0) {
                System.err.println("more: run again with --after " + page.next());
            }
            return 0;
        }
    }
}
