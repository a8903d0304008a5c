package org.bluewhale.server;

import static org.bluewhale.server.config.ServerKeys.PBX_ALLOWED;
import static org.bluewhale.server.config.ServerKeys.PBX_ALTERNATE_HOST;
import static org.bluewhale.server.config.ServerKeys.PBX_BIND;
import static org.bluewhale.server.config.ServerKeys.PBX_DIRECTORY;
import static org.bluewhale.server.config.ServerKeys.PBX_FORMAT;
import static org.bluewhale.server.config.ServerKeys.PBX_HOST;
import static org.bluewhale.server.config.ServerKeys.PBX_LAYOUT;
import static org.bluewhale.server.config.ServerKeys.PBX_MAX_RECORD;
import static org.bluewhale.server.config.ServerKeys.PBX_POLL_EVERY;
import static org.bluewhale.server.config.ServerKeys.PBX_PORT;
import static org.bluewhale.server.config.ServerKeys.PBX_RECONNECT_MAX;
import static org.bluewhale.server.config.ServerKeys.PBX_SITE;
import static org.bluewhale.server.config.ServerKeys.PBX_TRANSPORT;
import static org.bluewhale.server.config.ServerKeys.PBX_ZONE;

import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bluewhale.connectors.custom.LayoutFiles;
import org.bluewhale.connectors.directory.DirectoryWatchConnector;
import org.bluewhale.connectors.tcp.TcpClientConfig;
import org.bluewhale.connectors.tcp.TcpClientConnector;
import org.bluewhale.connectors.tcp.TcpListenConfig;
import org.bluewhale.connectors.tcp.TcpListenConnector;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.journal.SequencedSink;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.core.spi.FileSink;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ConfigException;

/** One PBX as configured under {@code pbx.<id>.*}: what it is and how its records arrive. */
public record PbxSettings(PbxDescriptor descriptor, String transport, Config config) {

    public static List<PbxSettings> all(Config config) {
        return config.ids("pbx").stream().map(id -> of(config, id)).toList();
    }

    static PbxSettings of(Config config, String id) {
        try {
            PbxDescriptor descriptor = new PbxDescriptor(id, config.get(PBX_SITE.forId(id)),
                    config.get(PBX_FORMAT.forId(id)), config.get(PBX_ZONE.forId(id)));
            String transport = config.get(PBX_TRANSPORT.forId(id));
            if (!List.of("tcp-listen", "tcp-client", "directory", "rsp", "avaya-rsp", "none").contains(transport)) {
                throw new ConfigException(PBX_TRANSPORT.forId(id).name() + " = '" + transport
                        + "': expected tcp-listen, tcp-client, directory, rsp, avaya-rsp or none");
            }
            return new PbxSettings(descriptor, transport, config);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("PBX '" + id + "': " + e.getMessage());
        }
    }

    /**
     * Decoders made from the PBX's own layout file ({@code pbx.<id>.layout}), if it has one; the
     * file is read and checked now, so a broken layout stops the start with its reason.
     */
    public Optional<Function<PbxDescriptor, RecordDecoder>> layout() {
        String file = get(PBX_LAYOUT);
        if (file.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LayoutFiles.decoders(Path.of(file)));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(PBX_LAYOUT.forId(descriptor.id()).name() + " = " + file + ": " + e.getMessage());
        }
    }

    <T> T get(org.bluewhale.server.config.ConfigKey<T> key) {
        return config.get(key.forId(descriptor.id()));
    }

    /**
     * The connector that receives this PBX's records, if it has a transport other than none.
     *
     * @param files where a directory transport imports its files
     */
    public Optional<Connector> connector(SequencedSink sink, FileSink files, EventLoopGroup loops) {
        String id = descriptor.id();
        return switch (transport) {
            case "tcp-listen" -> Optional.of(new TcpListenConnector(new TcpListenConfig(id, get(PBX_BIND),
                    get(PBX_PORT), list(get(PBX_ALLOWED)), get(PBX_MAX_RECORD)), sink, loops));
            case "tcp-client" -> {
                String host = get(PBX_HOST);
                if (host.isBlank()) {
                    throw new ConfigException(PBX_HOST.forId(id).name() + " is required for tcp-client");
                }
                TcpClientConfig client = TcpClientConfig.of(id, host, get(PBX_PORT))
                        .withBackoff(Duration.ofSeconds(1), get(PBX_RECONNECT_MAX))
                        .withMaxRecordLength(get(PBX_MAX_RECORD));
                String alternate = get(PBX_ALTERNATE_HOST);
                yield Optional.of(new TcpClientConnector(alternate.isBlank() ? client
                        : client.withAlternate(alternate, get(PBX_PORT)), sink, loops));
            }
            case "directory" -> {
                String directory = get(PBX_DIRECTORY);
                if (directory.isBlank()) {
                    throw new ConfigException(PBX_DIRECTORY.forId(id).name() + " is required for directory");
                }
                yield Optional.of(new DirectoryWatchConnector(id, Path.of(directory), get(PBX_POLL_EVERY), files));
            }
            case "rsp" -> Optional.of(RspSettings.bluewhaleRsp(this, sink, loops));
            case "avaya-rsp" -> Optional.of(RspSettings.avayaRsp(this, sink, loops));
            default -> Optional.empty();
        };
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
