package org.bluewhale.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bluewhale.core.journal.JournalStats;
import org.bluewhale.core.pipeline.PipelineStats;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.web.ConnectorSwitch;
import org.bluewhale.offline.FailoverCdrStore;
import org.bluewhale.offline.OfflineStatus;

/**
 * {@code GET /api/v1/health}: UP; DEGRADED while database writes fail, batches go to the offline
 * database or drain from it, or connectors are paused (records wait in the journal or the offline
 * database, nothing is lost) or the raw dump writer has stopped (the journal keeps what it has not
 * copied); DOWN when a pipeline stage has stopped. With the
 * journal lag, stage counters and connector states.
 */
final class HealthReport {

    private HealthReport() {
    }

    static Map<String, Object> of(Engine engine, Map<String, Connector> connectors) {
        JournalStats journal = engine.journal().stats();
        PipelineStats pipeline = engine.pipeline().stats();
        OfflineStatus offline = engine.offline();
        Exception rawDumpFailure = engine.rawDump().failure();
        boolean degraded = pipeline.storeError() != null || !journal.accepting()
                || offline.mode() != FailoverCdrStore.Mode.ONLINE || rawDumpFailure != null;

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("status", !pipeline.running() ? "DOWN" : degraded ? "DEGRADED" : "UP");
        report.put("database", Map.of("dialect", engine.database().dialectName(),
                "writing", pipeline.storeError() == null ? "ok" : "failing: " + pipeline.storeError()));
        report.put("offline", offline(offline));

        Map<String, Object> j = new LinkedHashMap<>();
        j.put("writtenPosition", journal.writtenPosition());
        j.put("committedPosition", journal.committedPosition());
        j.put("lag", journal.lag());
        j.put("bytes", journal.bytes());
        j.put("segments", journal.segments());
        j.put("accepting", journal.accepting());
        j.put("pauses", journal.pauses());
        report.put("journal", j);

        Map<String, Object> r = new LinkedHashMap<>();
        r.put("position", engine.rawDump().position());
        r.put("lag", Math.max(0, journal.writtenPosition() - engine.rawDump().position()));
        r.put("writing", rawDumpFailure == null ? "ok" : "failing: " + rawDumpFailure);
        report.put("rawDump", r);

        Map<String, Object> p = new LinkedHashMap<>();
        p.put("decoded", pipeline.decoded());
        p.put("skipped", pipeline.skipped());
        p.put("quarantined", pipeline.quarantined());
        p.put("qualityReports", pipeline.qualityReports());
        p.put("stored", pipeline.stored());
        p.put("queuedBatches", pipeline.queued());
        report.put("pipeline", p);

        Map<String, Object> c = new LinkedHashMap<>();
        connectors.forEach((pbx, connector) -> c.put(pbx, ConnectorSwitch.describe(connector)));
        report.put("connectors", c);
        return report;
    }

    /** Where batches go (ONLINE, OFFLINE, DRAINING), since when, and what waits in the offline database. */
    private static Map<String, Object> offline(OfflineStatus status) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("mode", status.mode().name());
        o.put("backlogRecords", status.backlogRecords());
        o.put("backlogBatches", status.backlogBatches());
        o.put("bytes", status.bytesOnDisk());
        o.put("drainedRecords", status.drainedRecords());
        o.put("mainDatabaseError", status.lastError());
        o.put("since", status.offlineSince() == null ? null : status.offlineSince().toString());
        return o;
    }
}
