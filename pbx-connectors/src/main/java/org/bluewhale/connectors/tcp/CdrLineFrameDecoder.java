package org.bluewhale.connectors.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import org.bluewhale.core.journal.Frame;

/**
 * Cuts a PBX's CDR byte stream into one {@link Frame} per line.
 *
 * <pre>
 * +---------------------------+----+----+-------+----+---------------------------+----+
 * | 0312 1405 0042 201 ...    | CR | LF |  LF   | LF | 0312 1406 0107 ...        | LF |
 * +---------------------------+----+----+-------+----+---------------------------+----+
 *            |                             (empty line:                |
 *            v                              skipped)                   v
 *   Frame("0312 1405 0042 201 ...")                     Frame("0312 1406 0107 ...")
 * </pre>
 *
 * <ul>
 *   <li>A record ends at LF; one CR right before the LF is stripped. Empty lines are skipped.</li>
 *   <li>Any other byte (NUL, binary noise, a lone CR) is kept: the record decoder quarantines
 *       what it cannot parse, so nothing received is lost here.</li>
 *   <li>A record longer than {@code maxRecordLength} is not dropped: its first
 *       {@code maxRecordLength} bytes become a frame with {@code truncated = true} and the rest,
 *       up to the next LF, is skipped as it arrives (never buffered).</li>
 *   <li>When the connection closes, bytes left without a terminator become a final frame.</li>
 * </ul>
 *
 * <p>Lines are found with {@link ByteBuf#indexOf} (a word-at-a-time scan), not byte by byte.
 * One instance per channel: it keeps the state of the line in progress.
 */
public final class CdrLineFrameDecoder extends ByteToMessageDecoder {

    /** The default longest record, in bytes; longer ones are truncated. */
    public static final int DEFAULT_MAX_RECORD_LENGTH = 8192;

    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final int maxRecordLength;
    /** Bytes after the reader index already known to hold no LF, so a slow line is scanned once. */
    private int scanned;
    /** True while skipping the tail of an over-long record. */
    private boolean discarding;

    public CdrLineFrameDecoder() {
        this(DEFAULT_MAX_RECORD_LENGTH);
    }

    public CdrLineFrameDecoder(int maxRecordLength) {
        if (maxRecordLength <= 0) {
            throw new IllegalArgumentException("maxRecordLength must be positive: " + maxRecordLength);
        }
        this.maxRecordLength = maxRecordLength;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            if (discarding && !skipDiscardedTail(in)) {
                return;
            }
            if (!in.isReadable() || !decodeOneLine(in, out)) {
                return;
            }
        }
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        decode(ctx, in, out);
        if (in.isReadable() && !discarding) {
            int end = in.writerIndex();
            if (in.getByte(end - 1) == CR) {
                end--;
            }
            emit(in, in.readerIndex(), end, out);
        }
        in.skipBytes(in.readableBytes());
        scanned = 0;
        discarding = false;
    }

    /** Skips up to and including the next LF; false when the buffer ran out first. */
    private boolean skipDiscardedTail(ByteBuf in) {
        int lf = in.indexOf(in.readerIndex(), in.writerIndex(), LF);
        if (lf < 0) {
            in.skipBytes(in.readableBytes());
            return false;
        }
        in.readerIndex(lf + 1);
        discarding = false;
        return true;
    }

    /** Emits or skips one line; false when more bytes are needed. */
    private boolean decodeOneLine(ByteBuf in, List<Object> out) {
        int start = in.readerIndex();
        // A line of maxRecordLength bytes plus CR LF is the longest that is still whole.
        int window = Math.min(in.readableBytes(), maxRecordLength + 2);
        int lf = in.indexOf(start + scanned, start + window, LF);
        if (lf >= 0) {
            int end = lf > start && in.getByte(lf - 1) == CR ? lf - 1 : lf;
            if (end > start) {
                emit(in, start, end, out);
            }
            in.readerIndex(lf + 1);
            scanned = 0;
            return true;
        }
        if (window == maxRecordLength + 2) {
            emit(in, start, start + window, out);
            in.readerIndex(start + window);
            scanned = 0;
            discarding = true;
            return true;
        }
        scanned = window;
        return false;
    }

    private void emit(ByteBuf in, int start, int end, List<Object> out) {
        int length = end - start;
        boolean truncated = length > maxRecordLength;
        byte[] bytes = new byte[truncated ? maxRecordLength : length];
        in.getBytes(start, bytes);
        out.add(new Frame(bytes, truncated));
    }
}
