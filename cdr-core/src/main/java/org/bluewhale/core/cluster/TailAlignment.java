package org.bluewhale.core.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalReader;
import org.bluewhale.core.spi.StreamProgress;

/**
 * Finds, in this node's own copy of a PBX's stream, where the previous owner stopped storing: the
 * last place where the PBX's most recent records digest exactly as the stored tail, the whole
 * window (docs/cluster.md). A copy that lags behind the owner's gets {@code patienceMillis} to
 * catch up; when the tail is still not found, processing starts after the last record received
 * no later than the owner's last stored one, and the start says it is unaligned.
 */
public final class TailAlignment {

    private TailAlignment() {
    }

    public static StreamStart align(Journal journal, String pbxId, StreamProgress stored, long patienceMillis)
            throws InterruptedException {
        if (stored.tail().isEmpty()) {
            return new StreamStart(0, stored.lastSeq() + 1, List.of(), "nothing stored yet: from its first record");
        }
        List<Long> tail = stored.tail();
        ArrayDeque<StreamEntry> window = new ArrayDeque<>(tail.size() + 1);
        List<StreamEntry> match = null;
        long lastReceivedBefore = 0;
        long end = journal.writtenPosition();
        long giveUp = Long.MAX_VALUE;
        RecordDigest digest = new RecordDigest();
        try (JournalReader reader = journal.openReader(journal.firstAvailablePosition())) {
            while (true) {
                boolean caughtUp = reader.nextPosition() > end;
                if (caughtUp && (match != null || System.currentTimeMillis() >= giveUp)) {
                    break;
                }
                if (caughtUp && giveUp == Long.MAX_VALUE) {
                    giveUp = System.currentTimeMillis() + patienceMillis;
                }
                for (RawRecord record : reader.poll(10_000, caughtUp ? 50 : 0)) {
                    if (!record.pbxId().equals(pbxId)) {
                        continue;
                    }
                    long received = record.receivedAt().toEpochMilli();
                    window.addLast(new StreamEntry(record.position(), 0, digest.of(record.bytes()), received));
                    if (window.size() > tail.size()) {
                        window.removeFirst();
                    }
                    if (received <= stored.tailReceivedMillis()) {
                        lastReceivedBefore = record.position();
                    }
                    if (window.size() == tail.size() && digestsOf(window).equals(tail)) {
                        match = numbered(window, stored.lastSeq());
                    }
                }
            }
        }
        if (match != null) {
            return new StreamStart(match.get(match.size() - 1).position(), stored.lastSeq() + 1, match,
                    "aligned on the last " + tail.size() + " stored records");
        }
        return new StreamStart(lastReceivedBefore, stored.lastSeq() + 1, List.of(),
                "UNALIGNED: the stored tail is not in this node's journal; starting after the last record received "
                        + "before the previous owner's last stored one (records around the cut may be missing or twice)");
    }

    private static List<Long> digestsOf(ArrayDeque<StreamEntry> window) {
        List<Long> digests = new ArrayList<>(window.size());
        window.forEach(e -> digests.add(e.digest()));
        return digests;
    }

    /** The matched window with the sequences the owner gave it, ending at {@code lastSeq}. */
    private static List<StreamEntry> numbered(ArrayDeque<StreamEntry> window, long lastSeq) {
        List<StreamEntry> entries = new ArrayList<>(window.size());
        long seq = lastSeq - window.size() + 1;
        for (StreamEntry e : window) {
            entries.add(new StreamEntry(e.position(), seq++, e.digest(), e.receivedMillis()));
        }
        return entries;
    }
}
