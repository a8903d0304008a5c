package org.bluewhale.server.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.bluewhale.connectors.directory.FileFrames;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.journal.FileImports;
import org.bluewhale.core.journal.JournalReplay;
import org.bluewhale.core.spi.FileSink;
import org.bluewhale.server.DataDirectory;
import org.bluewhale.server.Engine;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ServerKeys;
import org.bluewhale.store.cdr.CdrReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Feed files of raw records, or a time range of the raw journal (the RAW DUMP), through the "
                + "pipeline without a server (offline import, re-processing after a PBX or layout was fixed).",
                "Idempotent: a file or range replayed twice, or again after a crash, leaves each record in the "
                + "database once.",
                "Files: replay --pbx ID --format F FILE...   Journal: replay --from ISO --to ISO [--pbx ID]"})
final class ReplayCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--config", description = "Configuration file (default: DATA/bluewhale.properties if present).")
    Path config;

    @Option(names = "--pbx", description = "PBX id the records come from (files: required; journal: only this PBX).")
    String pbx;

    @Option(names = "--format", description = "Files: record format, e.g. avaya-unformatted or cucm.")
    String format;

    @Option(names = "--from", description = "Journal: replay the records received from this instant, e.g. "
            + "2026-11-24T00:00:00Z ...")
    Instant from;

    @Option(names = "--to", description = "... up to this instant (excluded; default: now).")
    Instant to;

    @Spec
    CommandSpec spec;

    @Option(names = "--site", defaultValue = "default",
            description = "Site of a PBX not configured yet (default: ${DEFAULT-VALUE}).")
    String site;

    @Option(names = "--zone", description = "Time zone of a PBX not configured yet (default: the system zone).")
    ZoneId zone;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files of raw records, one per line.")
    List<Path> files = List.of();

    @Override
    public Integer call() throws InterruptedException {
        Config configuration = DataDirectory.config(data, config);
        if (from != null) {
            return replayJournal(configuration);
        }
        if (files.isEmpty() || pbx == null || format == null) {
            throw new ParameterException(spec.commandLine(),
                    "give --pbx, --format and FILEs, or --from (and --to) to replay the journal");
        }
        long records = 0;
        long stored = 0;
        long quarantined = 0;
        try (Engine engine = Engine.start(data, configuration)) {
            PbxDescriptor known = engine.pbxs().get(pbx);
            engine.pbxs().put(new PbxDescriptor(pbx, known == null ? site : known.site(), format,
                    known != null ? known.zone() : zone != null ? zone : ZoneId.systemDefault()));
            FileImports importer = new FileImports(engine.journal(),
                    FileFrames.framing(id -> configuration.get(ServerKeys.PBX_MAX_RECORD.forId(id))));
            List<FileSink.Imported> imported = files.stream().map(f -> importer.importFile(pbx, f)).toList();
            while (!engine.awaitCaughtUp(10_000)) {
                System.err.println("... " + engine.journal().stats().lag() + " records still to store");
            }
            CdrReader reader = engine.database().cdrReader();
            for (FileSink.Imported file : imported) {
                records += file.count();
                CdrReader.KeyCounts counts = reader.countSequences(pbx, file.firstSequence(),
                        file.firstSequence() + file.count());
                stored += counts.stored();
                quarantined += counts.quarantined();
            }
        }
        long skipped = records - stored - quarantined;
        System.out.println("records: " + records + ", stored: " + stored + ", quarantined: " + quarantined
                + (skipped > 0 ? ", skipped: " + skipped + " (header rows and other records that carry no call)" : ""));
        return 0;
    }

    private Integer replayJournal(Config configuration) throws InterruptedException {
        if (!files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--from replays the journal: give no FILEs");
        }
        Instant until = to == null ? Instant.now() : to;
        try (Engine engine = Engine.start(data, configuration)) {
            long callsBefore = engine.database().cdrReader().cdrCount();
            JournalReplay.Result replayed = JournalReplay.replay(engine.journal(), from, until, pbx);
            while (!engine.pipeline().awaitCommitted(replayed.writtenThrough(), 10_000)) {
                System.err.println("... " + engine.journal().stats().lag() + " records still to store");
            }
            long added = engine.database().cdrReader().cdrCount() - callsBefore;
            System.out.println("replayed: " + replayed.records() + " records received from " + from + " to " + until
                    + (pbx == null ? "" : " (pbx " + pbx + ")") + ", calls added: " + added
                    + " (the others were stored already, or are quarantined or skipped again)");
        }
        return 0;
    }
}
