package org.bluewhale.rsp.bluewhale;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An {@link RspOutbox} in memory, bounded: {@link #offer} waits while it holds
 * {@code capacity} unacknowledged records, so a fast producer is held back by the link instead
 * of filling the heap. What it holds is lost if the process dies; {@link #resuming} rebuilds one
 * from records a caller kept elsewhere.
 */
public final class MemoryOutbox implements RspOutbox {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final byte[][] ring;
    private int head;
    private int size;
    /** Sequence of the record at {@code head}; 0 until the first session numbers the outbox. */
    private long headSequence;
    private boolean readerStarved;
    private volatile Runnable wakeup = () -> { };

    public MemoryOutbox(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.ring = new byte[capacity][];
    }

    /** An outbox whose records were numbered before: {@code records} are {@code firstSequence} on. */
    public static MemoryOutbox resuming(long firstSequence, List<byte[]> records, int capacity) {
        MemoryOutbox outbox = new MemoryOutbox(Math.max(capacity, records.size()));
        records.forEach(outbox::add);
        outbox.headSequence = firstSequence;
        return outbox;
    }

    /** Adds a record, waiting while the outbox is full. */
    public void offer(byte[] record) throws InterruptedException {
        lock.lock();
        try {
            while (size == ring.length) {
                notFull.await();
            }
            add(record);
        } finally {
            lock.unlock();
        }
        wakeIfStarved();
    }

    /** Like {@link #offer}, but gives up after {@code timeout}; returns whether it was added. */
    public boolean offer(byte[] record, long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lock();
        try {
            while (size == ring.length) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = notFull.awaitNanos(nanos);
            }
            add(record);
        } finally {
            lock.unlock();
        }
        wakeIfStarved();
        return true;
    }

    private void add(byte[] record) {
        ring[(head + size) % ring.length] = record;
        size++;
    }

    private void wakeIfStarved() {
        boolean wake;
        lock.lock();
        try {
            wake = readerStarved;
            readerStarved = false;
        } finally {
            lock.unlock();
        }
        if (wake) {
            wakeup.run();
        }
    }

    @Override
    public long open(long serverNext) {
        lock.lock();
        try {
            if (headSequence == 0) {
                headSequence = serverNext;
            }
            dropThrough(serverNext - 1);
            if (size == 0) {
                headSequence = Math.max(headSequence, serverNext); // the server is ahead: continue its numbering
            }
            return Math.max(serverNext, headSequence);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<byte[]> read(long from, int max) {
        lock.lock();
        try {
            long offset = from - headSequence;
            if (offset < 0) {
                throw new IllegalStateException("record " + from + " was acknowledged and dropped already");
            }
            int count = (int) Math.max(0, Math.min(max, size - offset));
            if (count == 0) {
                readerStarved = true;
            }
            List<byte[]> records = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                records.add(ring[(int) ((head + offset + i) % ring.length)]);
            }
            return records;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void acknowledged(long through) {
        lock.lock();
        try {
            dropThrough(through);
        } finally {
            lock.unlock();
        }
    }

    private void dropThrough(long through) {
        long drop = Math.min(size, through - headSequence + 1);
        if (drop <= 0) {
            return;
        }
        for (int i = 0; i < drop; i++) {
            ring[head] = null;
            head = (head + 1) % ring.length;
        }
        size -= (int) drop;
        headSequence += drop;
        notFull.signalAll();
    }

    @Override
    public long end() {
        lock.lock();
        try {
            return headSequence + size;
        } finally {
            lock.unlock();
        }
    }

    /** Records held (not yet acknowledged). */
    public int size() {
        lock.lock();
        try {
            return size;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void onAvailable(Runnable wakeup) {
        this.wakeup = wakeup;
    }
}
