package org.bluewhale.core;

/**
 * The PBX feature that joined, ended or redirected a call leg, in a PBX-neutral form. Decoders map
 * their own codes (Cisco's OnBehalfOf and redirect reason codes, Avaya's condition codes...) to it;
 * correlation reads it to know which legs belong to a larger call.
 */
public enum CallFeature {
    NONE,
    TRANSFER,
    CONFERENCE,
    MEET_ME,
    FORWARD,
    PICKUP,
    PARK,
    BARGE,
    DIVERT,
    HUNT
}
