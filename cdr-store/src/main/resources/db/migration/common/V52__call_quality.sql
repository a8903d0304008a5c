-- Voice-quality reports about calls (Cisco CMRs), one row per report, kept beside the calls and
-- linked to them by correlation_id (= cdr.correlation_id of the call's legs, same PBX). Same key
-- scheme as cdr and quarantine, so a replayed batch cannot insert a report twice.
CREATE TABLE call_quality (
    cq_key           ${key_type}      NOT NULL PRIMARY KEY, -- PBX id and sequence, as cdr.cdr_key
    pbx_id           INTEGER          NOT NULL,
    seq              BIGINT           NOT NULL,
    journal_pos      BIGINT           NOT NULL,
    correlation_id   ${indexed_text}  NOT NULL,
    device_name      ${text}          NOT NULL,
    directory_num    ${text}          NOT NULL,
    reported_at      BIGINT           NOT NULL, -- epoch milliseconds UTC, as cdr.start_utc
    packets_sent     BIGINT           NOT NULL,
    packets_received BIGINT           NOT NULL,
    packets_lost     BIGINT           NOT NULL,
    jitter_ms        BIGINT           NOT NULL,
    latency_ms       BIGINT           NOT NULL,
    mos              DECIMAL(5, 4),             -- MLQK, null when not reported; for SQL reports
    conceal_ratio    DECIMAL(9, 6),             -- CCR, null when not reported; for SQL reports
    vq_metrics       ${text}          NOT NULL  -- every name=value the device sent, ';' separated
);
CREATE INDEX call_quality_call ON call_quality (pbx_id, correlation_id);
