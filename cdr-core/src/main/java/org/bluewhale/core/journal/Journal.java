package org.bluewhale.core.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.zip.CRC32C;
import org.bluewhale.core.RawRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The raw journal (the RAW DUMP): an append-only log of every record received, in segment files
 * that rotate by size and age. Appends from all connectors are serialised under one lock and go
 * straight to the file, so a record is durable against a process crash as soon as
 * {@link #append} returns. Stages follow it with {@link JournalReader}s; the store reports
 * the position it has committed, which decides what retention may delete.
 */
public final class Journal implements SequencedSink, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Journal.class);
    private static final int WRITE_BUFFER = 4 << 20;

    private final JournalConfig config;
    private final LongSupplier committedPosition;
    private final LongSupplier deletableThrough;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ByteBuffer out = ByteBuffer.allocateDirect(WRITE_BUFFER);
    private final CRC32C crc = new CRC32C();
    private final Map<String, SourceState> sources = new HashMap<>();
    private final ReentrantLock waitLock = new ReentrantLock();
    private final Condition appended = waitLock.newCondition();
    private final List<Runnable> resumeCallbacks = new CopyOnWriteArrayList<>();
    private final AtomicLong pauses = new AtomicLong();
    private final ScheduledExecutorService housekeeper;
    private final JournalRetention retention;

    private FileChannel active;
    private long activeFirst;
    private long activeBytes;
    private long activeOpenedMillis;
    private long nextPosition;
    private volatile long written;
    private volatile int waiters;
    private volatile boolean accepting = true;
    private volatile long lastForceMillis = System.currentTimeMillis();

    private Journal(JournalConfig config, LongSupplier committedPosition, LongSupplier deletableThrough) {
        this.config = config;
        this.committedPosition = committedPosition;
        this.deletableThrough = deletableThrough;
        this.retention = new JournalRetention(config);
        this.housekeeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "journal-housekeeper");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens (or creates) the journal, repairing a torn tail left by a crash.
     *
     * @param committedPosition the store's committed position, read by retention
     */
    public static Journal open(JournalConfig config, LongSupplier committedPosition) {
        return open(config, committedPosition, committedPosition);
    }

    /**
     * Opens the journal with a second follower that must be done with a segment before retention
     * deletes it (the raw dump).
     *
     * @param deletableThrough the position up to which both the store and that follower are done
     */
    public static Journal open(JournalConfig config, LongSupplier committedPosition, LongSupplier deletableThrough) {
        Journal journal = new Journal(config, committedPosition, deletableThrough);
        try {
            journal.recover();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open journal in " + config.directory(), e);
        }
        long period = Math.max(50, Math.min(500, config.fsyncEvery().toMillis()));
        journal.housekeeper.scheduleWithFixedDelay(journal::housekeepSafely, period, period, TimeUnit.MILLISECONDS);
        return journal;
    }

    private void recover() throws IOException {
        Files.createDirectories(config.directory());
        List<Path> segments = Segment.list(config.directory());
        JournalRecovery.Result tail = JournalRecovery.recoverTail(segments);
        tail.nextSequences().forEach((name, next) -> sources.put(name, new SourceState(name, next)));
        nextPosition = tail.nextPosition();
        written = nextPosition - 1;
        if (tail.activeSegment() == null) {
            openSegment();
        } else {
            active = FileChannel.open(tail.activeSegment(), StandardOpenOption.WRITE);
            active.position(tail.validEnd());
            activeFirst = Segment.firstPosition(tail.activeSegment());
            activeBytes = tail.validEnd();
            activeOpenedMillis = Files.getLastModifiedTime(tail.activeSegment()).toMillis();
        }
        retention.scan(Segment.list(config.directory()));
        log.info("journal {} opened: next position {}, {} PBX sequence(s), {} bytes in {} segment(s)",
                config.directory(), nextPosition, sources.size(), retention.bytes(), retention.segments());
    }

    @Override
    public void append(String pbxId, List<Frame> frames) {
        appendFrames(pbxId, frames, -1);
    }

    /**
     * Appends frames whose sequences were reserved earlier ({@link #reserveSequences}), so a
     * re-imported file gets the same keys as the first time and is not stored twice.
     */
    public void appendWithSequences(String pbxId, List<Frame> frames, long firstSequence) {
        appendFrames(pbxId, frames, firstSequence);
    }

    /** Reserves {@code count} consecutive sequence numbers of a PBX and returns the first. */
    public long reserveSequences(String pbxId, long count) {
        writeLock.lock();
        try {
            SourceState source = source(pbxId);
            long first = source.next;
            source.next += count;
            return first;
        } finally {
            writeLock.unlock();
        }
    }

    /** Makes sure the PBX's next sequence is at least {@code next} (after recovering reservations). */
    public void advanceSequence(String pbxId, long next) {
        writeLock.lock();
        try {
            SourceState source = source(pbxId);
            source.next = Math.max(source.next, next);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public long nextSequence(String pbxId) {
        writeLock.lock();
        try {
            return source(pbxId).next;
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public long appendNew(String pbxId, List<Frame> frames, long firstSequence) {
        if (firstSequence < 1) {
            throw new IllegalArgumentException("sequences start at 1: " + firstSequence);
        }
        writeLock.lock(); // held across the check and the append (the lock is reentrant)
        try {
            long known = source(pbxId).next - firstSequence;
            if (known < frames.size()) {
                int skip = (int) Math.max(0, known);
                appendFrames(pbxId, frames.subList(skip, frames.size()), firstSequence + skip);
            }
            return source(pbxId).next;
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public long appendAgain(String pbxId, List<Frame> frames, long firstSequence) {
        if (firstSequence < 1) {
            throw new IllegalArgumentException("sequences start at 1: " + firstSequence);
        }
        writeLock.lock();
        try {
            int held = (int) Math.min(frames.size(), Math.max(0, source(pbxId).next - firstSequence));
            appendFrames(pbxId, frames.subList(0, held), firstSequence);
            return appendNew(pbxId, frames.subList(held, frames.size()), firstSequence + held);
        } finally {
            writeLock.unlock();
        }
    }

    private void appendFrames(String pbxId, List<Frame> frames, long firstSequence) {
        if (frames.isEmpty()) {
            return;
        }
        writeLock.lock();
        try {
            SourceState source = source(pbxId);
            long sequence = firstSequence < 0 ? source.next : firstSequence;
            long now = System.currentTimeMillis();
            for (Frame frame : frames) {
                int size = JournalEntryCodec.encodedSize(source.bytes, frame.bytes().length);
                if (activeBytes + out.position() + size > config.segmentBytes() && activeBytes + out.position() > 0) {
                    flushBuffer();
                    rotate();
                }
                if (size > out.remaining()) {
                    flushBuffer();
                }
                ByteBuffer target = size <= out.capacity() ? out : ByteBuffer.allocate(size);
                JournalEntryCodec.encode(target, crc, nextPosition++, now, source.bytes, sequence++, frame);
                if (target != out) {
                    writeFully(target.flip());
                }
            }
            source.next = Math.max(source.next, sequence);
            flushBuffer();
            if (config.fsyncEvery().isZero()) {
                active.force(false);
            }
            written = nextPosition - 1;
        } catch (IOException e) {
            throw new UncheckedIOException("journal append failed in " + config.directory(), e);
        } finally {
            writeLock.unlock();
        }
        if (retention.bytes() > config.diskBudget()) {
            if (accepting) {
                pauses.incrementAndGet();
            }
            accepting = false;
            housekeeper.execute(this::housekeepSafely);
        }
        if (waiters > 0) {
            waitLock.lock();
            try {
                appended.signalAll();
            } finally {
                waitLock.unlock();
            }
        }
    }

    private SourceState source(String pbxId) {
        return sources.computeIfAbsent(pbxId, id -> new SourceState(id, 1));
    }

    private void flushBuffer() throws IOException {
        out.flip();
        writeFully(out);
        out.clear();
    }

    private void writeFully(ByteBuffer buffer) throws IOException {
        int bytes = buffer.remaining();
        while (buffer.hasRemaining()) {
            active.write(buffer);
        }
        activeBytes += bytes;
        retention.grow(bytes);
    }

    private void rotate() throws IOException {
        active.force(false);
        active.close();
        openSegment();
    }

    private void openSegment() throws IOException {
        Map<String, Long> next = new HashMap<>();
        sources.forEach((name, state) -> next.put(name, state.next));
        Path file = Segment.path(config.directory(), nextPosition);
        active = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        activeFirst = nextPosition;
        activeBytes = 0;
        activeOpenedMillis = System.currentTimeMillis();
        writeFully(Segment.header(nextPosition, next));
        retention.added(file);
    }

    /** Last position appended (0 when the journal is empty). */
    public long writtenPosition() {
        return written;
    }

    /** Waits until a position after {@code position} is written, or the timeout passes. */
    boolean awaitAfter(long position, long timeoutNanos) throws InterruptedException {
        if (written > position) {
            return true;
        }
        waitLock.lock();
        try {
            waiters++;
            long nanos = timeoutNanos;
            while (written <= position && nanos > 0) {
                nanos = appended.awaitNanos(nanos);
            }
            return written > position;
        } finally {
            waiters--;
            waitLock.unlock();
        }
    }

    /** A follower that reads from {@code fromPosition} on (the next position it wants). */
    public JournalReader openReader(long fromPosition) {
        return new JournalReader(this, config.directory(), fromPosition);
    }

    @Override
    public boolean accepting() {
        return accepting;
    }

    @Override
    public void whenAccepting(Runnable resume) {
        resumeCallbacks.add(resume);
        if (accepting && resumeCallbacks.remove(resume)) {
            housekeeper.execute(resume);
        }
    }

    public JournalStats stats() {
        return new JournalStats(written, committedPosition.getAsLong(), retention.bytes(), retention.segments(),
                accepting, pauses.get());
    }

    public JournalConfig config() {
        return config;
    }

    private void housekeepSafely() {
        try {
            housekeep();
        } catch (Exception e) {
            log.error("journal housekeeping failed", e);
        }
    }

    private void housekeep() throws IOException {
        long now = System.currentTimeMillis();
        if (!config.fsyncEvery().isZero() && now - lastForceMillis >= config.fsyncEvery().toMillis()) {
            lastForceMillis = now;
            active.force(false);
        }
        writeLock.lock();
        try {
            if (nextPosition > activeFirst && now - activeOpenedMillis >= config.rotateEvery().toMillis()) {
                rotate();
            }
        } finally {
            writeLock.unlock();
        }
        retention.deleteExpired(activeFirst, deletableThrough.getAsLong(), now);
        boolean canAccept = retention.bytes() <= config.diskBudget();
        if (canAccept && !accepting) {
            log.info("journal back under its disk budget ({} bytes): connectors resume", retention.bytes());
        } else if (!canAccept && accepting) {
            log.warn("journal disk budget of {} bytes exhausted: connectors paused until the pipeline catches up",
                    config.diskBudget());
        }
        accepting = canAccept;
        if (canAccept) {
            for (Runnable resume : resumeCallbacks) {
                if (resumeCallbacks.remove(resume)) {
                    resume.run();
                }
            }
        }
    }

    @Override
    public void close() {
        housekeeper.shutdown(); // not shutdownNow: interrupting a force() would close the segment's channel
        try {
            housekeeper.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writeLock.lock();
        try {
            active.force(false);
            active.close();
        } catch (IOException e) {
            log.warn("closing journal: {}", e.toString());
        } finally {
            writeLock.unlock();
        }
    }

    /** The first position the journal still keeps (retention deletes older segments). */
    public long firstAvailablePosition() {
        return retention.firstPosition();
    }

    private static final class SourceState {
        final byte[] bytes;
        long next;

        SourceState(String name, long next) {
            this.bytes = JournalEntryCodec.sourceBytes(name);
            this.next = next;
        }
    }

    /** For tests and tools: every record from {@code from} to the written end, in order. */
    public List<RawRecord> readAll(long from) throws InterruptedException {
        try (JournalReader reader = openReader(from)) {
            List<RawRecord> all = new ArrayList<>();
            while (reader.nextPosition() <= written) {
                all.addAll(reader.poll(10_000, 0));
            }
            return all;
        }
    }
}
