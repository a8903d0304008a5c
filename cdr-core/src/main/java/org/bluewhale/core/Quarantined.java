package org.bluewhale.core;

/** A raw record that could not be turned into a call leg, with the reason a person can act on. */
public record Quarantined(RawRecord raw, String reason) {
}
