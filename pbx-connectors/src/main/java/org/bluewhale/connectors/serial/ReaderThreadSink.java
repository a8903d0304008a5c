package org.bluewhale.connectors.serial;

import java.util.List;
import org.bluewhale.core.journal.Frame;
import org.bluewhale.core.journal.RecordSink;

/**
 * The journal as the serial reader thread's embedded channel sees it: appends go straight
 * through, but the resume callback that the journal would run on its own thread is kept and run
 * by the reader thread ({@link #resumeIfAccepting()}), because only that thread may touch the
 * embedded channel.
 */
final class ReaderThreadSink implements RecordSink {

    private final RecordSink journal;
    private Runnable resume;

    ReaderThreadSink(RecordSink journal) {
        this.journal = journal;
    }

    @Override
    public void append(String pbxId, List<Frame> frames) {
        journal.append(pbxId, frames);
    }

    @Override
    public boolean accepting() {
        return journal.accepting();
    }

    @Override
    public void whenAccepting(Runnable callback) {
        resume = callback;
    }

    /** Runs the kept resume callback once the journal accepts again; true when it did. */
    boolean resumeIfAccepting() {
        if (resume == null || !journal.accepting()) {
            return false;
        }
        Runnable callback = resume;
        resume = null;
        callback.run();
        return true;
    }
}
