package org.bluewhale.connectors.tcp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.core.journal.Frame;
import org.bluewhale.core.journal.RecordSink;

/** An in-memory journal that records every append; it can be told to refuse (journal full). */
public class RecordingSink implements RecordSink {

    /** One {@code append} call. */
    public record Append(String pbxId, List<Frame> frames) {
    }

    private final List<Append> appends = new ArrayList<>();
    private final List<Runnable> waiting = new ArrayList<>();
    private boolean accepting = true;

    @Override
    public synchronized void append(String pbxId, List<Frame> frames) {
        appends.add(new Append(pbxId, List.copyOf(frames)));
    }

    @Override
    public synchronized boolean accepting() {
        return accepting;
    }

    @Override
    public void whenAccepting(Runnable resume) {
        synchronized (this) {
            if (!accepting) {
                waiting.add(resume);
                return;
            }
        }
        resume.run();
    }

    public synchronized void refuse() {
        accepting = false;
    }

    /** Accepts again and runs the waiting callbacks on the calling thread. */
    public void accept() {
        List<Runnable> callbacks;
        synchronized (this) {
            accepting = true;
            callbacks = List.copyOf(waiting);
            waiting.clear();
        }
        callbacks.forEach(Runnable::run);
    }

    public synchronized List<Append> appends() {
        return List.copyOf(appends);
    }

    public synchronized List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Append append : appends) {
            for (Frame frame : append.frames()) {
                lines.add(new String(frame.bytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return lines;
    }

    public synchronized int recordCount() {
        return appends.stream().mapToInt(a -> a.frames().size()).sum();
    }
}
