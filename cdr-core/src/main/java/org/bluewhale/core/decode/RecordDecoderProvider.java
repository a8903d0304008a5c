package org.bluewhale.core.decode;

import org.bluewhale.core.PbxDescriptor;

/**
 * A PBX record format. Implementations are found with {@link java.util.ServiceLoader}
 * (listed in {@code META-INF/services/org.bluewhale.core.decode.RecordDecoderProvider}),
 * so adding a format means adding a class, not editing a list.
 */
public interface RecordDecoderProvider {

    /** The name used in configuration, e.g. {@code avaya-unformatted}. */
    String format();

    /** One line for operators: what PBX and output setting this reads. */
    String description();

    RecordDecoder create(PbxDescriptor pbx);
}
