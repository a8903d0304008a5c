package org.bluewhale.core;

/** Which way a call leg went, seen from the PBX. */
public enum Direction {
    OUTGOING, INCOMING, INTERNAL, TANDEM, UNKNOWN
}
