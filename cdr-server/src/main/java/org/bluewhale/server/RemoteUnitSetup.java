package org.bluewhale.server;

import static org.bluewhale.server.config.ServerKeys.PBX_FORWARD_PEER;
import static org.bluewhale.server.config.ServerKeys.PBX_FORWARD_PORT;
import static org.bluewhale.server.config.ServerKeys.PBX_MAX_RECORD;
import static org.bluewhale.server.config.ServerKeys.UNIT_ACK_TIMEOUT;
import static org.bluewhale.server.config.ServerKeys.UNIT_BATCH;
import static org.bluewhale.server.config.ServerKeys.UNIT_COMPRESSION;
import static org.bluewhale.server.config.ServerKeys.UNIT_ID;
import static org.bluewhale.server.config.ServerKeys.UNIT_PSK_FILE;
import static org.bluewhale.server.config.ServerKeys.UNIT_RECONNECT_MAX;
import static org.bluewhale.server.config.ServerKeys.UNIT_RECONNECT_MIN;
import static org.bluewhale.server.config.ServerKeys.UNIT_SERVER;
import static org.bluewhale.server.config.ServerKeys.UNIT_STATUS_EVERY;
import static org.bluewhale.server.config.ServerKeys.UNIT_TLS_CERTIFICATE;
import static org.bluewhale.server.config.ServerKeys.UNIT_TLS_KEY;
import static org.bluewhale.server.config.ServerKeys.UNIT_TLS_TRUST;

import io.netty.channel.EventLoopGroup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.connectors.directory.FileFrames;
import org.bluewhale.connectors.tcp.TcpEventLoops;
import org.bluewhale.core.journal.FileImports;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.remote.FeedSpec;
import org.bluewhale.remote.RemoteUnit;
import org.bluewhale.rsp.TlsFiles;
import org.bluewhale.rsp.bluewhale.RspAuth;
import org.bluewhale.rsp.bluewhale.RspClientConfig;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ConfigException;
import org.bluewhale.server.config.ConfigKey;

/**
 * A remote unit from its configuration file: each {@code pbx.<id>} is a local PBX received by
 * the same connectors the server has, journaled under {@code DATA/journal/<id>} (the unit's RAW
 * DUMP, kept by the {@code journal.*} keys), and forwarded over Bluewhale RSP as {@code unit.*}
 * says.
 */
public final class RemoteUnitSetup implements AutoCloseable {

    private final EventLoopGroup loops = TcpEventLoops.newGroup(1);
    private final PushInboxes inboxes;
    private final RemoteUnit unit;

    private RemoteUnitSetup(Path data, Config config) {
        List<PbxSettings> pbxs = PbxSettings.all(config);
        if (pbxs.isEmpty()) {
            throw new ConfigException("a remote unit needs at least one local PBX (pbx.<id>.format, pbx.<id>.transport)");
        }
        inboxes = PushInboxes.start(config, pbxs, data);
        try {
            List<FeedSpec> feeds = new ArrayList<>();
            for (PbxSettings pbx : pbxs) {
                String id = pbx.descriptor().id();
                feeds.add(new FeedSpec(id, Engine.journalConfig(data.resolve("journal").resolve(id), config),
                        journal -> connector(pbx, journal, data, config), forward(config, pbx)));
            }
            unit = RemoteUnit.start(required(config, UNIT_ID), feeds, config.get(UNIT_STATUS_EVERY), data);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Starts the unit described by {@code config}, keeping its journals under {@code data}. */
    public static RemoteUnitSetup start(Path data, Config config) {
        return new RemoteUnitSetup(data, config);
    }

    public RemoteUnit unit() {
        return unit;
    }

    private Connector connector(PbxSettings pbx, Journal journal, Path data, Config config) {
        FileImports files = new FileImports(journal, FileFrames.framing(id -> config.get(PBX_MAX_RECORD.forId(id))));
        ConnectorContext context = new ConnectorContext(journal, files, loops, data, inboxes);
        return pbx.connector(context).orElseThrow(() -> new ConfigException("PBX '" + pbx.descriptor().id()
                + "' of a remote unit needs a transport: the unit exists to receive it"));
    }

    static RspClientConfig forward(Config config, PbxSettings pbx) {
        String id = pbx.descriptor().id();
        String peer = pbx.get(PBX_FORWARD_PEER).isBlank() ? id : pbx.get(PBX_FORWARD_PEER);
        String keyFile = config.get(UNIT_PSK_FILE);
        String trust = config.get(UNIT_TLS_TRUST);
        String certificate = config.get(UNIT_TLS_CERTIFICATE);
        String key = config.get(UNIT_TLS_KEY);
        if (certificate.isBlank() != key.isBlank()) {
            throw new ConfigException(UNIT_TLS_CERTIFICATE.name() + " and " + UNIT_TLS_KEY.name() + " go together");
        }
        if (!certificate.isBlank() && trust.isBlank()) {
            throw new ConfigException(UNIT_TLS_CERTIFICATE.name() + " needs " + UNIT_TLS_TRUST.name()
                    + " (the server's certificate, pinned)");
        }
        try {
            RspAuth auth = keyFile.isBlank() ? null : RspAuth.fromFile(Path.of(keyFile));
            return new RspClientConfig(required(config, UNIT_SERVER), pbx.get(PBX_FORWARD_PORT), peer, auth,
                    trust.isBlank() ? null : TlsFiles.client(Path.of(trust),
                            certificate.isBlank() ? null : Path.of(certificate), key.isBlank() ? null : Path.of(key)),
                    compression(config),
                    config.get(UNIT_BATCH), config.get(UNIT_ACK_TIMEOUT), config.get(UNIT_RECONNECT_MIN),
                    config.get(UNIT_RECONNECT_MAX));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new ConfigException("remote unit, PBX '" + id + "': " + e.getMessage());
        }
    }

    private static boolean compression(Config config) {
        return switch (config.get(UNIT_COMPRESSION).trim()) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new ConfigException(UNIT_COMPRESSION.name() + " = '" + config.get(UNIT_COMPRESSION)
                    + "': expected on or off");
        };
    }

    private static String required(Config config, ConfigKey<String> key) {
        String value = config.get(key);
        if (value.isBlank()) {
            throw new ConfigException(key.name() + " is required: " + key.doc());
        }
        return value;
    }

    @Override
    public void close() {
        if (unit != null) {
            unit.close();
        }
        if (inboxes != null) {
            inboxes.close();
        }
        loops.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).awaitUninterruptibly();
    }
}
