package org.bluewhale.cep;

/**
 * The event the correlation rules ({@code correlation.epl}) judge each time a leg joins a call:
 * how many of the call's legs still wait for a partner, counted by {@link Obligations}.
 */
public final class GroupUpdate {

    private final int legs;
    private final int unmatchedEnds;
    private final int unmatchedJoins;
    private final int openChains;
    private final int conferenceLegs;

    GroupUpdate(int legs, int unmatchedEnds, int unmatchedJoins, int openChains, int conferenceLegs) {
        this.legs = legs;
        this.unmatchedEnds = unmatchedEnds;
        this.unmatchedJoins = unmatchedJoins;
        this.openChains = openChains;
        this.conferenceLegs = conferenceLegs;
    }

    /** The counts packed in one number (12 bits each), or -1 when one does not fit. */
    long key() {
        int all = legs | unmatchedEnds | unmatchedJoins | openChains | conferenceLegs;
        if (all < 0 || all >= 4_096) { // every count is in 0..4095 exactly when their OR is
            return -1;
        }
        return (long) legs << 48 | (long) unmatchedEnds << 36 | (long) unmatchedJoins << 24
                | (long) openChains << 12 | conferenceLegs;
    }

    /** Legs of the call so far. */
    public int getLegs() {
        return legs;
    }

    /** Legs ended by a transfer, conference or park that no later leg continues yet. */
    public int getUnmatchedEnds() {
        return unmatchedEnds;
    }

    /** Legs joined by a transfer, conference or park whose earlier legs have not arrived. */
    public int getUnmatchedJoins() {
        return unmatchedJoins;
    }

    /** Ten-hour chain segments whose next segment has not arrived. */
    public int getOpenChains() {
        return openChains;
    }

    /** Conference and meet-me legs: a conference may always gain another participant's leg. */
    public int getConferenceLegs() {
        return conferenceLegs;
    }
}
