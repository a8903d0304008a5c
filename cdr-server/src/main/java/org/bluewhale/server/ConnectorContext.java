package org.bluewhale.server;

import io.netty.channel.EventLoopGroup;
import java.nio.file.Path;
import org.bluewhale.core.journal.SequencedSink;
import org.bluewhale.core.spi.FileSink;

/**
 * What the connectors of the configured PBXs are built with.
 *
 * @param sink     the raw journal, for streaming transports (RSP senders number their records)
 * @param files    the idempotent file import, for file transports; may be null when none is configured
 * @param loops    the shared Netty event loops of the TCP transports
 * @param dataRoot the data directory; connectors keep their own state under it ({@code connectors/}, {@code inbox/})
 * @param inboxes  the embedded FTP/SFTP servers of the push transports; may be null when none is configured
 */
public record ConnectorContext(SequencedSink sink, FileSink files, EventLoopGroup loops, Path dataRoot,
                               PushInboxes inboxes) {
}
