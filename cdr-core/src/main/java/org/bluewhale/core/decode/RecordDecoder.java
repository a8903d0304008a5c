package org.bluewhale.core.decode;

import org.bluewhale.core.RawRecord;

/**
 * Turns raw records of one PBX into call legs. One instance serves one PBX and is called from one
 * thread, in journal order, so it may keep state (a Cisco header row, an Avaya date record).
 * It never throws for bad input: it returns {@link Decoded.Rejected} with a reason.
 */
public interface RecordDecoder {
    Decoded decode(RawRecord record);
}
