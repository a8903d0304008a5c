package org.bluewhale.core.pipeline;

/**
 * Counters of the stages after the journal since start.
 *
 * @param decoded     records turned into call legs
 * @param skipped     well-formed records that carry no call (headers, start records)
 * @param quarantined records rejected with a reason
 * @param stored      rated calls committed to the database
 * @param qualityReports call-quality reports (Cisco CMRs) committed to the database
 * @param committedPosition journal position the database has reached
 * @param queued      batches waiting between stages
 * @param storeError  the last database error while it persists, else null
 * @param running     false when a stage has stopped (after close, or by a fault): nothing moves
 */
public record PipelineStats(long decoded, long skipped, long quarantined, long stored, long qualityReports,
                            long committedPosition, int queued, String storeError, boolean running) {
}
