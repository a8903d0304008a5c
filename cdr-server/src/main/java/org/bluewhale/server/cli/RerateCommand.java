package org.bluewhale.server.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bluewhale.rating.RatingEngine;
import org.bluewhale.rating.RatingModel;
import org.bluewhale.rating.UsageLedger;
import org.bluewhale.server.DataDirectory;
import org.bluewhale.server.PbxSettings;
import org.bluewhale.server.config.Config;
import org.bluewhale.web.EngineRerater;
import org.bluewhale.server.rating.RatingModelSource;
import org.bluewhale.server.rating.RerateService;
import org.bluewhale.store.Database;
import org.bluewhale.store.cdr.RerateJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rerate", mixinStandardHelpOptions = true,
        description = "Price the stored calls of a period again with the configured rating model (after a tariff"
                + " change), in batches; a stopped run resumes with --job.")
final class RerateCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--config", description = "Configuration file (default: DATA/bluewhale.properties if present).")
    Path config;

    @Option(names = "--from", description = "First call start, ISO-8601 (e.g. 2026-11-01T00:00:00Z).")
    Instant from;

    @Option(names = "--to", description = "Calls that started before this instant, ISO-8601.")
    Instant to;

    @Option(names = "--pbx", description = "Only this PBX's calls.")
    String pbx;

    @Option(names = "--site", description = "Only the calls of this site's PBXs.")
    String site;

    @Option(names = "--carrier", description = "Only the calls priced by this carrier.")
    String carrier;

    @Option(names = "--job", description = "Resume this job (after a stop or failure) instead of starting one.")
    Long job;

    @Override
    public Integer call() {
        if (job == null && (from == null || to == null)) {
            throw new IllegalArgumentException("give --from and --to (or --job to resume a job)");
        }
        Config configuration = DataDirectory.config(data, config);
        RatingModel model = new RatingModelSource(configuration.properties()).load();
        try (Database database = CliDatabase.open(data, config, "re-rate through POST /api/v1/rerate")) {
            // the sites the PBXs were stored with (a replayed PBX is in no configuration), the configured ones first
            Map<String, String> siteOfPbx = new HashMap<>();
            database.pbxRegistry().all().forEach(pbx -> siteOfPbx.put(pbx.id(), pbx.site()));
            PbxSettings.all(configuration).forEach(pbx -> siteOfPbx.put(pbx.descriptor().id(), pbx.descriptor().site()));
            database.chargeAllocator().load();
            RatingEngine engine = new RatingEngine(model, siteOfPbx::get, UsageLedger.inMemory(),
                    database.chargeAllocator()::departmentOf);
            String operator = "cli:" + System.getProperty("user.name", "unknown");
            RerateJob started = job != null ? database.rerateJobs().find(job)
                    .orElseThrow(() -> new IllegalArgumentException("no re-rating job " + job))
                    : database.rerateJobs().create(operator, new RerateJob.Request(from, to, pbx, site, carrier));
            database.auditLog().record(Instant.now(), operator, job != null ? "rerate-resumed" : "rerate-started",
                    started.summary(), null);
            long id = started.id();
            RerateJob done = database.rerating(RerateService.BATCH_SIZE).run(id, EngineRerater.over(engine));
            System.out.printf("job %d %s: %d of %d calls read, %d re-rated, %d changed; cost %d -> %d (minor units)%s%n",
                    done.id(), done.status(), done.callsDone(), done.callsTotal(), done.callsRerated(),
                    done.callsChanged(), done.costBefore(), done.costAfter(),
                    done.error() == null ? "" : "; " + done.error() + " (resume with --job " + done.id() + ")");
            return done.finished() ? 0 : 1;
        }
    }
}
