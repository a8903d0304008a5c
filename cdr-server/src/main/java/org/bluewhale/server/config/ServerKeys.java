package org.bluewhale.server.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;

/**
 * The catalogue of server configuration keys: each declared once, with its default and doc.
 * docs/configuration.md is generated from it ({@code ConfigDocs}); a test keeps the two equal.
 */
public final class ServerKeys {

    private ServerKeys() {
    }

    // --- HTTP
    public static final ConfigKey<Integer> HTTP_PORT = ConfigKey.integer("http.port", 8080,
            "Port of the web UI and REST API (the start command's --http-port overrides it).");
    public static final ConfigKey<String> HTTP_BIND = ConfigKey.string("http.bind", "0.0.0.0",
            "Address the web UI and REST API listen on.");

    public static final ConfigKey<Integer> HTTP_RATE_LIMIT = ConfigKey.integer("http.rate-limit", 50,
            "Requests a second one client address may make on average; past it the API answers 429 with Retry-After.");
    public static final ConfigKey<Integer> HTTP_RATE_BURST = ConfigKey.integer("http.rate-burst", 200,
            "Requests one client address may make at once before http.rate-limit applies (a page load, a script).");

    // --- HTTPS (on when https.certificate is set; plain HTTP then only redirects to it)
    public static final ConfigKey<String> HTTPS_CERTIFICATE = ConfigKey.string("https.certificate", "",
            "PKCS#12 file (.p12/.pfx) or PEM certificate chain of the server; empty means no HTTPS.");
    public static final ConfigKey<String> HTTPS_PRIVATE_KEY = ConfigKey.string("https.private-key", "",
            "PEM PKCS#8 private key (BEGIN PRIVATE KEY) for a PEM certificate; empty for PKCS#12.");
    public static final ConfigKey<String> HTTPS_PASSWORD = ConfigKey.string("https.password", "",
            "Password of the PKCS#12 file.");
    public static final ConfigKey<Integer> HTTPS_PORT = ConfigKey.integer("https.port", 8443,
            "Port of HTTPS when it is on.");
    public static final ConfigKey<String> HTTPS_CLIENT_CA = ConfigKey.string("https.client-ca", "",
            "PEM file of the authorities whose client certificates log operators in (the certificate's CN is the "
            + "login); empty means password login only.");
    public static final ConfigKey<Duration> HTTPS_HSTS_MAX_AGE = ConfigKey.duration("https.hsts-max-age", "365d",
            "Strict-Transport-Security max-age: how long browsers use HTTPS only for this server.");

    // --- Main database
    public static final ConfigKey<String> DB_URL = ConfigKey.string("db.url", "",
            "JDBC URL of the main database; empty means embedded H2 in DATA/db. Also jdbc:sqlite:FILE, "
                    + "jdbc:postgresql://HOST:5432/DB, jdbc:mariadb://HOST:3306/DB (or jdbc:mysql:).");
    public static final ConfigKey<String> DB_USER = ConfigKey.string("db.user", "",
            "Main database user.");
    public static final ConfigKey<String> DB_PASSWORD = ConfigKey.string("db.password", "",
            "Main database password.");
    public static final ConfigKey<Integer> DB_RETENTION_MONTHS = ConfigKey.integer("db.retention-months", 0,
            "Calls are kept for the current month and this many whole months (UTC) before it; older ones are "
            + "archived or purged at start and once a day. 0 keeps every call.");
    public static final ConfigKey<String> DB_RETENTION_ACTION = ConfigKey.string("db.retention-action", "archive",
            "What happens to calls past db.retention-months: archive (moved to the cdr_archive table) or purge "
            + "(deleted).");

    // --- Offline database (DATA/offline/offline.sqlite: takes the batches while the main database fails)
    public static final ConfigKey<Duration> OFFLINE_WRITE_TIMEOUT = ConfigKey.duration("offline.write-timeout", "30s",
            "A main-database write that has not returned by then counts as failed: the batch goes offline.");
    public static final ConfigKey<Duration> OFFLINE_RETRY_MAX = ConfigKey.duration("offline.retry-max", "30s",
            "Longest wait between tries of the failed main database (the back-off doubles from 1s up to it).");
    public static final ConfigKey<Integer> OFFLINE_MAX_RECORDS = ConfigKey.integer("offline.max-records", 20_000_000,
            "Records the offline database holds at most; past it the backlog waits in the journal.");

    // --- Raw journal
    public static final ConfigKey<Long> JOURNAL_SEGMENT = ConfigKey.megabytes("journal.segment-mb", 256,
            "A raw-journal segment file is closed and a new one started past this size.");
    public static final ConfigKey<Duration> JOURNAL_ROTATE = ConfigKey.duration("journal.rotate-every", "1h",
            "... or when the segment is this old and holds at least one record.");
    public static final ConfigKey<Duration> JOURNAL_RETENTION = ConfigKey.duration("journal.retention", "90d",
            "Journal segments are kept this long once the database has committed them and the raw dump has copied "
            + "them; replay --from reads them (browse per PBX: pbx.<id>.rawdump.*).");
    public static final ConfigKey<Long> JOURNAL_BUDGET = ConfigKey.megabytes("journal.disk-budget-mb", 20_480,
            "Disk the journal may use. Past it, committed segments are deleted early, then connectors pause.");
    public static final ConfigKey<Duration> JOURNAL_FSYNC = ConfigKey.duration("journal.fsync-every", "1s",
            "How often the journal is forced to disk (bounds loss on power failure; 0ms = every append).");

    // --- Pipeline
    public static final ConfigKey<Integer> PIPELINE_READ_BATCH = ConfigKey.integer("pipeline.read-batch", 2_000,
            "Records read from the journal per hand-off between stages.");
    public static final ConfigKey<Integer> PIPELINE_QUEUE = ConfigKey.integer("pipeline.queue-depth", 8,
            "Batches each queue between stages holds before the stage before it waits.");
    public static final ConfigKey<Integer> PIPELINE_STORE_BATCH = ConfigKey.integer("pipeline.store-batch", 10_000,
            "Records written per database transaction, at most.");
    public static final ConfigKey<Duration> PIPELINE_STORE_DELAY = ConfigKey.duration("pipeline.max-store-delay", "200ms",
            "How long a partial batch may wait before it is written anyway (the live view's latency).");

    // --- Correlation (docs/correlation.md)
    public static final ConfigKey<Duration> CORRELATION_WINDOW = ConfigKey.duration("correlation.window", "48h",
            "How long a leg is held for the other legs of its call (transfer, conference, park...), at most 72h; "
            + "then it is billed as it stands, flagged 'released alone'. Held legs stay in the journal: keep "
            + "journal.retention above this.");
    public static final ConfigKey<Duration> CORRELATION_SETTLE = ConfigKey.duration("correlation.settle", "15m",
            "How long a conference is held after its last leg, in case another participant's leg follows.");

    // --- PBXs (one block per PBX id)
    public static final ConfigKey<String> PBX_FORMAT = ConfigKey.string("pbx.<id>.format", null,
            "Record format of the PBX: avaya-unformatted, cucm, ... (bluewhale formats lists them).");
    public static final ConfigKey<String> PBX_LAYOUT = ConfigKey.string("pbx.<id>.layout", "",
            "The site's own layout FILE for this PBX (format layout): a .json admin-defined layout (fixed, "
            + "delimited or regex), or a .properties Avaya CM customized layout; see docs/formats.md.");
    public static final ConfigKey<String> PBX_SITE = ConfigKey.string("pbx.<id>.site", "default",
            "Site whose dial plan and tariffs rate this PBX's calls (site.<site>.* keys).");
    public static final ConfigKey<ZoneId> PBX_ZONE = ConfigKey.zone("pbx.<id>.zone", "system",
            "Time zone of the PBX clock (IANA name, or system for the server zone); DST rules apply.");
    public static final ConfigKey<String> PBX_TRANSPORT = ConfigKey.string("pbx.<id>.transport", "tcp-listen",
            "tcp-listen: the PBX connects to us; tcp-client: we connect to the PBX; serial: a serial port; "
            + "directory: the PBX drops files in a folder; ftp-pull: we fetch files from the PBX's FTP server; "
            + "ftp-push, sftp-push: the PBX uploads files to our embedded server (inbox.*); rsp: Bluewhale RSP "
            + "(remote units, the simulator); avaya-rsp: Avaya CM with Reliable Protocol; none: files only "
            + "(replay). docs/connectors.md describes each.");
    public static final ConfigKey<Integer> PBX_PORT = ConfigKey.integer("pbx.<id>.port", 5101,
            "tcp-listen, rsp, avaya-rsp: the port we listen on; tcp-client: the PBX's port.");
    public static final ConfigKey<String> PBX_BIND = ConfigKey.string("pbx.<id>.bind", "0.0.0.0",
            "tcp-listen, rsp, avaya-rsp: the address we listen on.");
    public static final ConfigKey<String> PBX_ALLOWED = ConfigKey.string("pbx.<id>.allowed", "",
            "tcp-listen: comma-separated addresses or CIDR ranges allowed to connect; empty allows any.");
    public static final ConfigKey<String> PBX_HOST = ConfigKey.string("pbx.<id>.host", "",
            "tcp-client and ftp-pull: the PBX's (or its FTP server's) host name or address.");
    public static final ConfigKey<String> PBX_ALTERNATE_HOST = ConfigKey.string("pbx.<id>.alternate-host", "",
            "tcp-client: a second address tried in turn with the first.");
    public static final ConfigKey<Duration> PBX_RECONNECT_MAX = ConfigKey.duration("pbx.<id>.reconnect-max", "30s",
            "tcp-client and serial: longest wait between connection (or port opening) attempts; the back-off "
            + "doubles from 1s up to it.");
    public static final ConfigKey<Integer> PBX_MAX_RECORD = ConfigKey.integer("pbx.<id>.max-record-bytes", 8192,
            "Longer records are kept truncated to this size and quarantined with that reason.");
    public static final ConfigKey<Duration> PBX_RAWDUMP_KEEP = ConfigKey.duration("pbx.<id>.rawdump.keep", "90d",
            "The PBX's raw dump files (DATA/rawdump/<id>/) are deleted this long after their last record, never "
            + "before the database has committed every record in them.");
    public static final ConfigKey<Duration> PBX_RAWDUMP_ROTATE = ConfigKey.duration("pbx.<id>.rawdump.rotate-every",
            "1h", "A raw dump file is closed and the next one started when its first record is this old ...");
    public static final ConfigKey<Long> PBX_RAWDUMP_ROTATE_MB = ConfigKey.megabytes("pbx.<id>.rawdump.rotate-mb", 64,
            "... or when it would grow past this size.");
    public static final ConfigKey<String> PBX_DIRECTORY = ConfigKey.string("pbx.<id>.directory", "",
            "directory (required): the folder watched for CDR files; each is imported once, then moved to "
            + "done/ (or failed/ with <name>.reason.txt).");
    public static final ConfigKey<Duration> PBX_POLL_EVERY = ConfigKey.duration("pbx.<id>.poll-every", "2s",
            "directory, ftp-pull, ftp-push, sftp-push: how often the folder is listed; a file is taken when "
            + "unchanged between two listings.");
    public static final ConfigKey<String> PBX_CORRELATION = ConfigKey.string("pbx.<id>.correlation", "auto",
            "auto: assemble multi-leg calls when the format needs it (cucm by call and leg ids, avaya-* by "
            + "condition codes C/L and 4/D); off: bill every record on its own.");

    // --- TLS on tcp-listen and tcp-client
    public static final ConfigKey<String> PBX_TLS = ConfigKey.string("pbx.<id>.tls", "off",
            "tcp-listen and tcp-client: on to speak TLS with the PBX (off: plain TCP).");
    public static final ConfigKey<String> PBX_TLS_CERTIFICATE = ConfigKey.string("pbx.<id>.tls-certificate", "",
            "tcp-listen with tls=on (required): our certificate chain as PEM, or a PKCS#12 file (.p12, .pfx).");
    public static final ConfigKey<String> PBX_TLS_KEY = ConfigKey.string("pbx.<id>.tls-key", "",
            "With a PEM tls-certificate: its private key, PEM PKCS#8 (BEGIN PRIVATE KEY).");
    public static final ConfigKey<String> PBX_TLS_PASSWORD = ConfigKey.string("pbx.<id>.tls-password", "",
            "With a PKCS#12 tls-certificate: its password.");
    public static final ConfigKey<String> PBX_TLS_TRUST = ConfigKey.string("pbx.<id>.tls-trust", "",
            "tcp-client with tls=on, ftp-pull with FTPS: PEM certificates to trust (a private CA or the PBX's "
            + "own); empty trusts the JVM's authorities. The certificate must also name the host.");

    // --- serial
    public static final ConfigKey<String> PBX_SERIAL_PORT = ConfigKey.string("pbx.<id>.serial-port", "",
            "serial (required): the device, e.g. /dev/ttyUSB0 or /dev/ttyS0.");
    public static final ConfigKey<Integer> PBX_BAUD = ConfigKey.integer("pbx.<id>.baud", 9600,
            "serial: bits per second, as set on the PBX (1200 to 115200).");
    public static final ConfigKey<Integer> PBX_DATA_BITS = ConfigKey.integer("pbx.<id>.data-bits", 8,
            "serial: data bits, 5 to 8.");
    public static final ConfigKey<String> PBX_PARITY = ConfigKey.string("pbx.<id>.parity", "none",
            "serial: none, odd, even, mark or space.");
    public static final ConfigKey<String> PBX_STOP_BITS = ConfigKey.string("pbx.<id>.stop-bits", "1",
            "serial: 1, 1.5 or 2.");
    public static final ConfigKey<String> PBX_FLOW_CONTROL = ConfigKey.string("pbx.<id>.flow-control", "none",
            "serial: none, rts-cts (hardware) or xon-xoff (software).");

    // --- ftp-pull
    public static final ConfigKey<Integer> PBX_FTP_PORT = ConfigKey.integer("pbx.<id>.ftp-port", 21,
            "ftp-pull: the FTP server's port (990 for implicit FTPS).");
    public static final ConfigKey<String> PBX_FTP_USER = ConfigKey.string("pbx.<id>.ftp-user", "",
            "ftp-pull (required): the login.");
    public static final ConfigKey<String> PBX_FTP_PASSWORD = ConfigKey.string("pbx.<id>.ftp-password", "",
            "ftp-pull: the password.");
    public static final ConfigKey<String> PBX_FTP_DIRECTORY = ConfigKey.string("pbx.<id>.ftp-directory", ".",
            "ftp-pull: the remote folder the PBX writes its CDR files to.");
    public static final ConfigKey<String> PBX_FTP_AFTER = ConfigKey.string("pbx.<id>.ftp-after", "keep",
            "ftp-pull: what to do with a remote file once journaled: keep, delete, or rename (move into "
            + "ftp-done-directory). Kept files are remembered and not fetched again.");
    public static final ConfigKey<String> PBX_FTP_DONE = ConfigKey.string("pbx.<id>.ftp-done-directory", "done",
            "ftp-pull with ftp-after=rename: the remote folder, relative to ftp-directory, files are moved to.");
    public static final ConfigKey<String> PBX_FTP_MODE = ConfigKey.string("pbx.<id>.ftp-mode", "passive",
            "ftp-pull: passive (we open the data connections; works through NAT) or active.");
    public static final ConfigKey<String> PBX_FTP_SECURITY = ConfigKey.string("pbx.<id>.ftp-security", "none",
            "ftp-pull: none, explicit (FTPS with AUTH TLS) or implicit (FTPS from the first byte).");

    // --- ftp-push and sftp-push: the embedded inbox servers
    public static final ConfigKey<String> PBX_INBOX_USER = ConfigKey.string("pbx.<id>.inbox-user", "",
            "ftp-push, sftp-push: the login the PBX uploads with; empty means the PBX id.");
    public static final ConfigKey<String> PBX_INBOX_PASSWORD = ConfigKey.string("pbx.<id>.inbox-password", "",
            "ftp-push, sftp-push (required): the password the PBX uploads with.");
    public static final ConfigKey<Integer> INBOX_FTP_PORT = ConfigKey.integer("inbox.ftp.port", 2121,
            "Port of the embedded FTP server, started when a PBX has transport ftp-push.");
    public static final ConfigKey<String> INBOX_FTP_BIND = ConfigKey.string("inbox.ftp.bind", "0.0.0.0",
            "Address the embedded FTP server listens on.");
    public static final ConfigKey<String> INBOX_FTP_PASSIVE_PORTS = ConfigKey.string("inbox.ftp.passive-ports", "",
            "Data ports the embedded FTP server offers in passive mode, e.g. 30000-30100 (open them in the "
            + "firewall); empty means any free port.");
    public static final ConfigKey<String> INBOX_FTP_TLS = ConfigKey.string("inbox.ftp.tls", "off",
            "off, explicit (FTPS with AUTH TLS) or implicit (FTPS from the first byte) on the embedded FTP server.");
    public static final ConfigKey<String> INBOX_FTP_TLS_CERTIFICATE = ConfigKey.string("inbox.ftp.tls-certificate", "",
            "With inbox.ftp.tls: the server certificate chain as PEM, or a PKCS#12 file (.p12, .pfx).");
    public static final ConfigKey<String> INBOX_FTP_TLS_KEY = ConfigKey.string("inbox.ftp.tls-key", "",
            "With a PEM inbox.ftp.tls-certificate: its private key, PEM PKCS#8.");
    public static final ConfigKey<String> INBOX_FTP_TLS_PASSWORD = ConfigKey.string("inbox.ftp.tls-password", "",
            "With a PKCS#12 inbox.ftp.tls-certificate: its password.");
    public static final ConfigKey<Integer> INBOX_SFTP_PORT = ConfigKey.integer("inbox.sftp.port", 2222,
            "Port of the embedded SFTP server, started when a PBX has transport sftp-push. Its host key is "
            + "DATA/inbox/ssh-host-key, made on first start.");
    public static final ConfigKey<String> INBOX_SFTP_BIND = ConfigKey.string("inbox.sftp.bind", "0.0.0.0",
            "Address the embedded SFTP server listens on.");

    // --- Reliable Session Protocols (transport rsp: Bluewhale RSP; avaya-rsp: Avaya CM adjunct mode); docs/rsp.md
    public static final ConfigKey<String> PBX_RSP_PEER = ConfigKey.string("pbx.<id>.rsp-peer", "",
            "rsp: the peer id the sender must announce (a remote unit's id); empty means the PBX id.");
    public static final ConfigKey<String> PBX_RSP_PSK_FILE = ConfigKey.string("pbx.<id>.rsp-psk-file", "",
            "rsp: file holding the pre-shared key (at least 16 characters); the sender proves it by HMAC-SHA256.");
    public static final ConfigKey<String> PBX_RSP_TLS_CERTIFICATE = ConfigKey.string("pbx.<id>.rsp-tls-certificate",
            "", "rsp: PEM certificate chain of this server; set (with rsp-tls-key) to require TLS.");
    public static final ConfigKey<String> PBX_RSP_TLS_KEY = ConfigKey.string("pbx.<id>.rsp-tls-key", "",
            "rsp: PEM (PKCS#8, unencrypted) private key of rsp-tls-certificate.");
    public static final ConfigKey<String> PBX_RSP_TLS_CLIENT_CA = ConfigKey.string("pbx.<id>.rsp-tls-client-ca", "",
            "rsp: PEM certificates trusted for client certificates; when set, senders must present one whose "
            + "CN is the peer id (then a pre-shared key is optional).");
    public static final ConfigKey<Integer> PBX_RSP_WINDOW = ConfigKey.integer("pbx.<id>.rsp-window", 50_000,
            "rsp: records a sender may have unacknowledged at once.");
    public static final ConfigKey<Duration> PBX_RSP_KEEP_ALIVE = ConfigKey.duration("pbx.<id>.rsp-keep-alive", "10s",
            "rsp: a PING is sent after this long without traffic (both ways; the sender learns it at session open).");
    public static final ConfigKey<Duration> PBX_RSP_DEAD_PEER = ConfigKey.duration("pbx.<id>.rsp-dead-peer-timeout",
            "3m", "rsp and avaya-rsp: a session that received nothing for this long is closed; for avaya-rsp keep "
            + "it above CM's Connectivity Timer (60 s by default).");

    // --- Scheduled reports (docs/reports.md); report.<id>.* declares one
    public static final ConfigKey<String> REPORTS_FOLDER = ConfigKey.string("reports.folder", "",
            "Folder scheduled reports are written to; empty means DATA/reports.");
    public static final ConfigKey<String> REPORT_NAME = ConfigKey.string("report.<id>.name", null,
            "The report the schedule makes: department-summary, carrier-cost... (bluewhale report --help).");
    public static final ConfigKey<String> REPORT_EVERY = ConfigKey.string("report.<id>.every", "monthly",
            "daily (yesterday), weekly (last Monday to Sunday) or monthly (last month), in report.<id>.zone.");
    public static final ConfigKey<String> REPORT_FORMAT = ConfigKey.string("report.<id>.format", "xlsx",
            "xlsx, html, csv, txt or json.");
    public static final ConfigKey<ZoneId> REPORT_ZONE = ConfigKey.zone("report.<id>.zone", "system",
            "Time zone of the report's days and times.");
    public static final ConfigKey<String> REPORT_CURRENCY = ConfigKey.string("report.<id>.currency", "",
            "ISO 4217 code to report in; needed when the calls are in several currencies.");
    public static final ConfigKey<String> REPORT_OPTIONS = ConfigKey.string("report.<id>.options", "",
            "The report's own options, NAME=VALUE separated by ';' (by=hour;limit=50).");
    public static final ConfigKey<String> REPORT_MAIL_TO = ConfigKey.string("report.<id>.mail-to", "",
            "Addresses the report is e-mailed to, separated by ','; empty: written to the folder only.");
    public static final ConfigKey<String> SMTP_HOST = ConfigKey.string("smtp.host", "",
            "SMTP server that sends scheduled reports; empty means none.");
    public static final ConfigKey<Integer> SMTP_PORT = ConfigKey.integer("smtp.port", 587,
            "Port of the SMTP server.");
    public static final ConfigKey<String> SMTP_FROM = ConfigKey.string("smtp.from", "bluewhale@localhost",
            "Sender address of the report e-mails.");
    public static final ConfigKey<String> SMTP_USER = ConfigKey.string("smtp.user", "",
            "Login at the SMTP server; empty for a relay that needs none.");
    public static final ConfigKey<String> SMTP_PASSWORD = ConfigKey.string("smtp.password", "",
            "Password of smtp.user.");
    public static final ConfigKey<String> SMTP_STARTTLS = ConfigKey.string("smtp.starttls", "on",
            "on: upgrade to TLS with STARTTLS and refuse to send without it; off: plain SMTP (a local relay).");

    // --- Cluster (docs/cluster.md): servers of a group share the PBXs through a ZooKeeper ensemble; each PBX has
    // one owner node at a time, which alone processes it, behind the database fence (pbx_owner).
    public static final ConfigKey<String> CLUSTER_ZOOKEEPER = ConfigKey.string("cluster.zookeeper", "",
            "ZooKeeper ensemble of the cluster, host:port,host:port,...; empty runs single-node with no ZooKeeper. "
            + "Every node of a group is configured with the same PBXs (docs/cluster.md).");
    public static final ConfigKey<String> CLUSTER_GROUP = ConfigKey.string("cluster.group", "default",
            "The node's group, e.g. one per machine room: the PBXs of a group are shared among its nodes only.");
    public static final ConfigKey<String> CLUSTER_NODE_ID = ConfigKey.string("cluster.node-id", "",
            "This node's name: unique in its group, the same across restarts; required with cluster.zookeeper.");
    public static final ConfigKey<Duration> CLUSTER_SESSION_TIMEOUT = ConfigKey.duration("cluster.session-timeout",
            "10s", "A node silent this long loses its ZooKeeper session and its PBXs move to other nodes: the failover "
            + "time. The ensemble accepts 2 to 20 of its ticks (tickTime).");

    // --- Remote unit (./bluewhale remote-unit --config FILE); docs/remote-unit.md. Its local PBXs use the pbx.<id>.*
    // keys above, its raw dump the journal.* keys; these say how it reaches the server.
    public static final ConfigKey<String> UNIT_ID = ConfigKey.string("unit.id", "",
            "remote unit: its name, in its log and status; required by the remote-unit command.");
    public static final ConfigKey<String> UNIT_SERVER = ConfigKey.string("unit.server", "",
            "remote unit: host name or address of the Bluewhale server it forwards to; required.");
    public static final ConfigKey<String> UNIT_PSK_FILE = ConfigKey.string("unit.psk-file", "",
            "remote unit: file holding the pre-shared key (the server's pbx.<id>.rsp-psk-file).");
    public static final ConfigKey<String> UNIT_TLS_TRUST = ConfigKey.string("unit.tls-trust", "",
            "remote unit: PEM certificate of the server (pinned) or of its CA; set to use TLS. Nothing else is trusted.");
    public static final ConfigKey<String> UNIT_TLS_CERTIFICATE = ConfigKey.string("unit.tls-certificate", "",
            "remote unit: PEM client certificate to present (its CN must be the peer id); needs unit.tls-trust.");
    public static final ConfigKey<String> UNIT_TLS_KEY = ConfigKey.string("unit.tls-key", "",
            "remote unit: PEM (PKCS#8, unencrypted) private key of unit.tls-certificate.");
    public static final ConfigKey<String> UNIT_COMPRESSION = ConfigKey.string("unit.compression", "on",
            "remote unit: on asks the server for zstd-compressed batches (CDR text shrinks 5-10x); off sends them plain.");
    public static final ConfigKey<Integer> UNIT_BATCH = ConfigKey.integer("unit.batch-records", 1_000,
            "remote unit: records per batch (one RSP DATA frame) at most.");
    public static final ConfigKey<Duration> UNIT_ACK_TIMEOUT = ConfigKey.duration("unit.ack-timeout", "30s",
            "remote unit: a session whose sent records see no acknowledgement for this long is dropped and resumed.");
    public static final ConfigKey<Duration> UNIT_RECONNECT_MIN = ConfigKey.duration("unit.reconnect-min", "1s",
            "remote unit: first wait before reconnecting to the server after the link broke.");
    public static final ConfigKey<Duration> UNIT_RECONNECT_MAX = ConfigKey.duration("unit.reconnect-max", "30s",
            "remote unit: longest wait between attempts to reach the server (the back-off doubles from unit.reconnect-min up to it).");
    public static final ConfigKey<Duration> UNIT_STATUS_EVERY = ConfigKey.duration("unit.status-every", "10s",
            "remote unit: how often it logs its status (link, backlog, last record, errors).");
    public static final ConfigKey<Integer> PBX_FORWARD_PORT = ConfigKey.integer("pbx.<id>.forward-port", 5201,
            "remote unit: the server's rsp port for this PBX (the server's pbx.<id>.port with transport rsp).");
    public static final ConfigKey<String> PBX_FORWARD_PEER = ConfigKey.string("pbx.<id>.forward-peer", "",
            "remote unit: the peer id announced for this PBX (the server's pbx.<id>.rsp-peer); empty means the PBX id.");
    public static final ConfigKey<Duration> PBX_RSP_SILENT_AFTER = ConfigKey.duration("pbx.<id>.rsp-silent-after",
            "5m", "rsp: a sender (remote unit) heard from neither by data nor by keep-alive for this long is "
            + "reported silent: a WARN in the log, silent in /api/v1/health and /api/v1/remote-units.");

    /** Logs each key of {@code config} that is no server key: a typo must not pass unseen, nor stop the start. */
    public static void warnUnknown(Config config, Logger log) {
        config.properties().stringPropertyNames().stream().filter(name -> !isKnown(name)).sorted()
                .forEach(name -> log.warn("unknown configuration key '{}' is ignored (keys: docs/configuration.md)", name));
    }

    /**
     * Whether {@code name} is a server key (per-PBX keys with any id). Site and rating keys belong
     * to the rating engine, which checks them itself.
     */
    public static boolean isKnown(String name) {
        if (name.startsWith("site.") || name.startsWith("rating.")) {
            return true;
        }
        for (ConfigKey<?> key : ALL) {
            if (key.name().equals(name) || (key.name().contains("<id>")
                    && name.matches(Pattern.quote(key.name()).replace("<id>", "\\E[A-Za-z0-9_-]+\\Q")))) {
                return true;
            }
        }
        return false;
    }

    /** Every key, in documentation order. */
    public static final List<ConfigKey<?>> ALL = List.of(HTTP_PORT, HTTP_BIND, HTTP_RATE_LIMIT, HTTP_RATE_BURST,
            HTTPS_CERTIFICATE, HTTPS_PRIVATE_KEY, HTTPS_PASSWORD, HTTPS_PORT, HTTPS_CLIENT_CA, HTTPS_HSTS_MAX_AGE, DB_URL, DB_USER, DB_PASSWORD,
            DB_RETENTION_MONTHS, DB_RETENTION_ACTION,
            OFFLINE_WRITE_TIMEOUT, OFFLINE_RETRY_MAX, OFFLINE_MAX_RECORDS,
            JOURNAL_SEGMENT, JOURNAL_ROTATE, JOURNAL_RETENTION, JOURNAL_BUDGET, JOURNAL_FSYNC,
            PIPELINE_READ_BATCH, PIPELINE_QUEUE, PIPELINE_STORE_BATCH, PIPELINE_STORE_DELAY,
            CORRELATION_WINDOW, CORRELATION_SETTLE,
            CLUSTER_ZOOKEEPER, CLUSTER_GROUP, CLUSTER_NODE_ID, CLUSTER_SESSION_TIMEOUT,
            PBX_FORMAT, PBX_LAYOUT, PBX_SITE, PBX_ZONE, PBX_TRANSPORT, PBX_PORT, PBX_BIND, PBX_ALLOWED, PBX_HOST,
            PBX_ALTERNATE_HOST, PBX_RECONNECT_MAX, PBX_MAX_RECORD, PBX_RAWDUMP_KEEP, PBX_RAWDUMP_ROTATE,
            PBX_RAWDUMP_ROTATE_MB, PBX_DIRECTORY, PBX_POLL_EVERY,
            PBX_RSP_PEER, PBX_RSP_PSK_FILE, PBX_RSP_TLS_CERTIFICATE, PBX_RSP_TLS_KEY, PBX_RSP_TLS_CLIENT_CA,
            PBX_RSP_WINDOW, PBX_RSP_KEEP_ALIVE, PBX_RSP_DEAD_PEER, PBX_RSP_SILENT_AFTER, PBX_CORRELATION,
            PBX_TLS, PBX_TLS_CERTIFICATE, PBX_TLS_KEY, PBX_TLS_PASSWORD, PBX_TLS_TRUST,
            PBX_SERIAL_PORT, PBX_BAUD, PBX_DATA_BITS, PBX_PARITY, PBX_STOP_BITS, PBX_FLOW_CONTROL,
            PBX_FTP_PORT, PBX_FTP_USER, PBX_FTP_PASSWORD, PBX_FTP_DIRECTORY, PBX_FTP_AFTER, PBX_FTP_DONE,
            PBX_FTP_MODE, PBX_FTP_SECURITY, PBX_INBOX_USER, PBX_INBOX_PASSWORD,
            INBOX_FTP_PORT, INBOX_FTP_BIND, INBOX_FTP_PASSIVE_PORTS, INBOX_FTP_TLS, INBOX_FTP_TLS_CERTIFICATE,
            INBOX_FTP_TLS_KEY, INBOX_FTP_TLS_PASSWORD, INBOX_SFTP_PORT, INBOX_SFTP_BIND,
            REPORTS_FOLDER, REPORT_NAME, REPORT_EVERY, REPORT_FORMAT, REPORT_ZONE, REPORT_CURRENCY, REPORT_OPTIONS,
            REPORT_MAIL_TO, SMTP_HOST, SMTP_PORT, SMTP_FROM, SMTP_USER, SMTP_PASSWORD, SMTP_STARTTLS,
            UNIT_ID, UNIT_SERVER, UNIT_PSK_FILE, UNIT_TLS_TRUST, UNIT_TLS_CERTIFICATE, UNIT_TLS_KEY, UNIT_COMPRESSION,
            UNIT_BATCH, UNIT_ACK_TIMEOUT, UNIT_RECONNECT_MIN, UNIT_RECONNECT_MAX, UNIT_STATUS_EVERY, PBX_FORWARD_PORT, PBX_FORWARD_PEER);
}
