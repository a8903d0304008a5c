package org.bluewhale.core.spi;

import java.time.Instant;
import java.util.List;
import org.bluewhale.core.CallLeg;

/**
 * Assembles the legs of one call (transfer, conference, forward...) before rating. Legs whose
 * partners have not arrived yet are held, for at most the correlation window; a held leg is not
 * written to the database, so the journal position the store commits must stay below it
 * ({@link #oldestHeldPosition()}). After a crash the pipeline re-reads the journal from that
 * position, which rebuilds the held legs; legs of that range already stored are skipped by the
 * store's unique (PBX, sequence) key.
 *
 * <p>Called from one thread. {@code now} is the correlator's clock (wall time in the pipeline,
 * chosen instants in tests); it never goes backwards.
 */
public interface Correlator {

    /** Holds nothing: every leg is ready at once, unchanged. */
    Correlator PASS_THROUGH = new Correlator() {
        @Override
        public List<CallLeg> offer(List<CallLeg> legs, Instant now) {
            return legs;
        }

        @Override
        public List<CallLeg> advance(Instant now) {
            return List.of();
        }

        @Override
        public long oldestHeldPosition() {
            return Long.MAX_VALUE;
        }
    };

    /**
     * Takes legs in journal order and returns the legs ready for rating: those that need no
     * partner and those of calls these legs completed, each with its attribution.
     */
    List<CallLeg> offer(List<CallLeg> legs, Instant now);

    /** Lets time pass: returns the legs whose call settled or whose window ended (flagged). */
    List<CallLeg> advance(Instant now);

    /** Journal position of the oldest leg held, or {@link Long#MAX_VALUE} when none is held. */
    long oldestHeldPosition();
}
