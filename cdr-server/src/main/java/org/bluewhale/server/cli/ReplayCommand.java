package org.bluewhale.server.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.bluewhale.connectors.directory.FileFrames;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.journal.FileImports;
import org.bluewhale.core.spi.FileSink;
import org.bluewhale.server.DataDirectory;
import org.bluewhale.server.Engine;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ServerKeys;
import org.bluewhale.store.cdr.CdrReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Feed files of raw records through the pipeline without a server (offline import, "
                + "re-processing a raw dump).", "Idempotent: a file replayed twice, or again after a crash, "
                + "leaves each record in the database once."})
final class ReplayCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--config", description = "Configuration file (default: DATA/bluewhale.properties if present).")
    Path config;

    @Option(names = "--pbx", required = true, description = "PBX id the records come from.")
    String pbx;

    @Option(names = "--format", required = true, description = "Record format, e.g. avaya-unformatted or cucm.")
    String format;

    @Option(names = "--site", defaultValue = "default",
            description = "Site of a PBX not configured yet (default: ${DEFAULT-VALUE}).")
    String site;

    @Option(names = "--zone", description = "Time zone of a PBX not configured yet (default: the system zone).")
    ZoneId zone;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files of raw records, one per line.")
    List<Path> files;

    @Override
    public Integer call() throws InterruptedException {
        Config configuration = DataDirectory.config(data, config);
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
}
