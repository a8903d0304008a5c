package org.bluewhale.cep;

import org.bluewhale.core.CallFeature;

/**
 * Counts what a call's legs still wait for. A leg ended by a transfer, conference or park is
 * continued by a leg joined by the same feature that shares one of its party legs (Cisco's
 * example: original 101-102 and consultation 103-104 are continued by the transferred call
 * 102-104). A transferred call joins two existing parties, so both its party legs must come from
 * ended legs; a conference or park leg brings in one existing party.
 */
final class Obligations {

    private Obligations() {
    }

    static GroupUpdate of(long[] parties, int[] traits, int size) {
        int unmatchedEnds = 0;
        int unmatchedJoins = 0;
        int openChains = 0;
        int conferenceLegs = 0;
        for (int i = 0; i < size; i++) {
            int t = traits[i];
            CallFeature ended = LegLinks.ended(t);
            CallFeature joined = LegLinks.joined(t);
            if (holdsFor(ended) && !continued(parties, traits, size, i, ended)) {
                unmatchedEnds++;
            }
            if (holdsFor(joined) && !preceded(parties, traits, size, i, joined)) {
                unmatchedJoins++;
            }
            if ((t & LegLinks.CHAIN) != 0 && !chainContinued(parties, size, i)) {
                openChains++;
            }
            if ((t & LegLinks.OPEN_ENDED) != 0) {
                conferenceLegs++;
            }
        }
        return new GroupUpdate(size, unmatchedEnds, unmatchedJoins, openChains, conferenceLegs);
    }

    private static boolean holdsFor(CallFeature feature) {
        return feature == CallFeature.TRANSFER || feature == CallFeature.CONFERENCE || feature == CallFeature.PARK;
    }

    private static boolean continued(long[] parties, int[] traits, int size, int ended, CallFeature feature) {
        for (int j = 0; j < size; j++) {
            if (j != ended && LegLinks.joined(traits[j]) == feature
                    && (shares(parties, j, parties[2 * ended]) || shares(parties, j, parties[2 * ended + 1]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean preceded(long[] parties, int[] traits, int size, int joined, CallFeature feature) {
        boolean calling = endedWith(parties, traits, size, joined, parties[2 * joined], feature);
        boolean called = endedWith(parties, traits, size, joined, parties[2 * joined + 1], feature);
        return feature == CallFeature.TRANSFER ? calling && called : calling || called;
    }

    private static boolean endedWith(long[] parties, int[] traits, int size, int except, long party,
                                     CallFeature feature) {
        if (party == 0) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (i != except && LegLinks.ended(traits[i]) == feature && shares(parties, i, party)) {
                return true;
            }
        }
        return false;
    }

    private static boolean chainContinued(long[] parties, int size, int segment) {
        long end = parties[2 * segment + 1];
        for (int j = 0; j < size; j++) {
            if (j != segment && parties[2 * j] == end) {
                return true;
            }
        }
        return false;
    }

    private static boolean shares(long[] parties, int leg, long party) {
        return party != 0 && (parties[2 * leg] == party || parties[2 * leg + 1] == party);
    }
}
