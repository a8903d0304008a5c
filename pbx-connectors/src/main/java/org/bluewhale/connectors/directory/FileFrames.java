package org.bluewhale.connectors.directory;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.bluewhale.connectors.tcp.CdrLineFrameDecoder;
import org.bluewhale.core.journal.FileFraming;
import org.bluewhale.core.journal.Frame;

/**
 * Cuts a file into frames with exactly the framing a TCP feed gets ({@link CdrLineFrameDecoder}
 * itself, run on an embedded channel), so a record imported from a file and one received live
 * are the same record.
 */
public final class FileFrames {

    private static final int CHUNK_BYTES = 1 << 20;
    private static final int CHUNK_FRAMES = 10_000;

    private FileFrames() {
    }

    /** The framing of {@link org.bluewhale.core.journal.FileImports}, with each PBX's record limit. */
    public static FileFraming framing(ToIntFunction<String> maxRecordLengthOfPbx) {
        return (pbxId, file, chunks) -> read(file, maxRecordLengthOfPbx.applyAsInt(pbxId), CHUNK_FRAMES, chunks);
    }

    /** Hands the file's frames to {@code sink} in chunks of at most {@code chunkFrames}. */
    public static void read(Path file, int maxRecordLength, int chunkFrames, Consumer<List<Frame>> sink)
            throws IOException {
        EmbeddedChannel channel = new EmbeddedChannel(new CdrLineFrameDecoder(maxRecordLength));
        List<Frame> chunk = new ArrayList<>(chunkFrames);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[CHUNK_BYTES];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                channel.writeInbound(Unpooled.wrappedBuffer(buffer, 0, n).copy());
                drain(channel, chunk, chunkFrames, sink);
            }
        }
        channel.finish(); // emits a last record that had no line terminator
        drain(channel, chunk, 1, sink);
        if (!chunk.isEmpty()) {
            sink.accept(chunk);
        }
    }

    private static void drain(EmbeddedChannel channel, List<Frame> chunk, int chunkFrames,
                              Consumer<List<Frame>> sink) {
        for (Frame frame = channel.readInbound(); frame != null; frame = channel.readInbound()) {
            chunk.add(frame);
            if (chunk.size() >= chunkFrames) {
                sink.accept(new ArrayList<>(chunk));
                chunk.clear();
            }
        }
    }
}
