package org.bluewhale.core.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.pipeline.RecordGate;
import org.bluewhale.core.spi.StreamProgress;

/**
 * The PBXs a clustered node processes, and the numbering of their streams (docs/cluster.md).
 *
 * <p>Every node journals what it receives; the pipeline passes on only the records of PBXs this
 * node owns. A PBX that sends one stream to every node (a "numbered" PBX: TCP, serial) has its
 * records numbered here, continuing the sequence its owners stored before, so the same record
 * gets the same key whichever node stores it; with each batch the store keeps where the stream
 * stands ({@link #progressAt}) in {@code pbx_owner}. Records of other PBXs keep the sequence
 * their sender or file import gave them.
 *
 * <p>Threads: {@link #take}/{@link #drop} on the cluster thread, {@link #rewindPoint}/{@link #admit}
 * on the journal follower, {@link #progressAt} on the store thread.
 */
public final class ClusterStreams implements RecordGate {

    private final Predicate<String> numbered;
    private final Map<String, Stream> active = new ConcurrentHashMap<>();
    private final Map<String, Stream> pending = new ConcurrentHashMap<>();

    /** @param numbered true for a PBX whose stream this node numbers itself */
    public ClusterStreams(Predicate<String> numbered) {
        this.numbered = numbered;
    }

    public boolean numbers(String pbxId) {
        return numbered.test(pbxId);
    }

    /** This node owns {@code pbxId} now and processes its records after {@code start}. */
    public synchronized void take(String pbxId, StreamStart start) {
        active.remove(pbxId);
        pending.put(pbxId, new Stream(pbxId, numbered.test(pbxId), start));
    }

    /** This node no longer owns {@code pbxId}: its records stay in the journal, unprocessed. */
    public synchronized void drop(String pbxId) {
        pending.remove(pbxId);
        active.remove(pbxId);
    }

    /** The PBXs being processed now (taken and reached by the follower). */
    public Set<String> processing() {
        return Set.copyOf(active.keySet());
    }

    /** Activates the PBXs taken since the last read: the follower reads again from the earliest of their starts. */
    @Override
    public synchronized long rewindPoint() {
        long from = Long.MAX_VALUE;
        for (Map.Entry<String, Stream> taken : pending.entrySet()) {
            active.put(taken.getKey(), taken.getValue());
            from = Math.min(from, taken.getValue().cursor + 1);
        }
        pending.clear();
        return from;
    }

    @Override
    public List<RawRecord> admit(List<RawRecord> records) {
        List<RawRecord> admitted = new ArrayList<>(records.size());
        for (RawRecord record : records) {
            Stream stream = active.get(record.pbxId());
            RawRecord passed = stream == null ? null : stream.admit(record);
            if (passed != null) {
                admitted.add(passed);
            }
        }
        return admitted;
    }

    /**
     * Where the stream of {@code pbxId} stands once everything up to journal {@code position} is
     * stored; empty when it is not numbered here or did not move since the last progress handed out.
     */
    public Optional<StreamProgress> progressAt(String pbxId, long position) {
        Stream stream = active.get(pbxId);
        return stream == null ? Optional.empty() : stream.progressAt(position);
    }

    /**
     * The journal position through which this node needs nothing more for the PBXs it owns:
     * before the oldest record of a numbered stream not yet stored (with its tail window), and for
     * the others the store's {@code committed} position; {@code written} when it owns none. The
     * records of PBXs it does not own are kept by the journal's retention and budget only.
     */
    public synchronized long doneThrough(long committed, long written) {
        long through = written;
        for (Stream stream : active.values()) {
            through = Math.min(through, stream.keepFrom(committed) - 1);
        }
        for (Stream stream : pending.values()) {
            through = Math.min(through, stream.keepFrom(committed) - 1);
        }
        return through;
    }

    /** One owned PBX: its cursor in this node's journal and, when numbered, the records numbered not yet stored. */
    private static final class Stream {
        private final String pbxId;
        private final boolean numbered;
        private final ArrayDeque<StreamEntry> history = new ArrayDeque<>();
        private final RecordDigest digest = new RecordDigest();
        private long cursor;
        private long nextSeq;
        private long handedOut;

        Stream(String pbxId, boolean numbered, StreamStart start) {
            this.pbxId = pbxId;
            this.numbered = numbered;
            this.cursor = start.cursor();
            this.nextSeq = start.nextSeq();
            this.handedOut = start.nextSeq() - 1;
            history.addAll(start.window());
        }

        synchronized long keepFrom(long committed) {
            if (!numbered) {
                return Math.min(cursor, committed) + 1;
            }
            return history.isEmpty() ? cursor + 1 : history.peekFirst().position();
        }

        synchronized RawRecord admit(RawRecord record) {
            if (record.position() <= cursor) {
                return null; // read again after a rewind: already passed on
            }
            cursor = record.position();
            if (!numbered) {
                return record;
            }
            long seq = nextSeq++;
            history.addLast(new StreamEntry(record.position(), seq, digest.of(record.bytes()),
                    record.receivedAt().toEpochMilli()));
            return new RawRecord(record.position(), pbxId, seq, record.receivedAt(), record.bytes(), record.truncated());
        }

        synchronized Optional<StreamProgress> progressAt(long position) {
            if (!numbered) {
                return Optional.empty();
            }
            int upTo = 0;
            StreamEntry last = null;
            for (StreamEntry entry : history) {
                if (entry.position() > position) {
                    break;
                }
                upTo++;
                last = entry;
            }
            if (last == null || last.seq() <= handedOut) {
                return Optional.empty();
            }
            for (; upTo > StreamProgress.WINDOW; upTo--) {
                history.removeFirst();
            }
            List<Long> tail = new ArrayList<>(upTo);
            for (StreamEntry entry : history) {
                if (tail.size() == upTo) {
                    break;
                }
                tail.add(entry.digest());
            }
            handedOut = last.seq();
            return Optional.of(new StreamProgress(last.seq(), position, tail, last.receivedMillis()));
        }
    }
}
