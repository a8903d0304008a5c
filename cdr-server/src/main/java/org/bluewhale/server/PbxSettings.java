package org.bluewhale.server;

import static org.bluewhale.server.config.ServerKeys.PBX_FORMAT;
import static org.bluewhale.server.config.ServerKeys.PBX_LAYOUT;
import static org.bluewhale.server.config.ServerKeys.PBX_SITE;
import static org.bluewhale.server.config.ServerKeys.PBX_TRANSPORT;
import static org.bluewhale.server.config.ServerKeys.PBX_ZONE;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bluewhale.connectors.custom.LayoutFiles;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ConfigException;
import org.bluewhale.server.config.ConfigKey;

/** One PBX as configured under {@code pbx.<id>.*}: what it is and how its records arrive. */
public record PbxSettings(PbxDescriptor descriptor, String transport, Config config) {

    static final List<String> TRANSPORTS = List.of("tcp-listen", "tcp-client", "serial", "directory", "ftp-pull",
            "ftp-push", "sftp-push", "rsp", "avaya-rsp", "none");

    public static List<PbxSettings> all(Config config) {
        return config.ids("pbx").stream().map(id -> of(config, id)).toList();
    }

    static PbxSettings of(Config config, String id) {
        try {
            PbxDescriptor descriptor = new PbxDescriptor(id, config.get(PBX_SITE.forId(id)),
                    config.get(PBX_FORMAT.forId(id)), config.get(PBX_ZONE.forId(id)));
            String transport = config.get(PBX_TRANSPORT.forId(id));
            if (!TRANSPORTS.contains(transport)) {
                throw new ConfigException(PBX_TRANSPORT.forId(id).name() + " = '" + transport
                        + "': expected one of " + String.join(", ", TRANSPORTS));
            }
            return new PbxSettings(descriptor, transport, config);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("PBX '" + id + "': " + e.getMessage());
        }
    }

    /** This PBX's value of a per-PBX key. */
    <T> T get(ConfigKey<T> key) {
        return config.get(key.forId(descriptor.id()));
    }

    /**
     * Decoders made from the PBX's own layout file ({@code pbx.<id>.layout}), if it has one; the
     * file is read and checked now, so a broken layout stops the start with its reason.
     */
    public Optional<Function<PbxDescriptor, RecordDecoder>> layout() {
        Optional<Path> file = layoutFile();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LayoutFiles.decoders(file.get()));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(PBX_LAYOUT.forId(descriptor.id()).name() + " = " + file.get() + ": " + e.getMessage());
        }
    }

    /** The PBX's own layout file ({@code pbx.<id>.layout}), if it has one. */
    public Optional<Path> layoutFile() {
        String file = get(PBX_LAYOUT);
        return file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
    }

    /** The connector that receives this PBX's records, if it has a transport other than none. */
    public Optional<Connector> connector(ConnectorContext context) {
        return transport.equals("none") ? Optional.empty() : Optional.of(PbxConnectors.create(this, context));
    }

    /** A comma-separated value as a list, blanks dropped. */
    static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
