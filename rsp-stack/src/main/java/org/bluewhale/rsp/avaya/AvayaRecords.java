package org.bluewhale.rsp.avaya;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Splits the text of a data packet into records at CR and LF; empty lines are dropped. */
final class AvayaRecords {

    private AvayaRecords() {
    }

    static List<byte[]> split(byte[] text) {
        List<byte[]> records = new ArrayList<>(1);
        int start = 0;
        for (int i = 0; i <= text.length; i++) {
            if (i == text.length || text[i] == '\r' || text[i] == '\n') {
                if (i > start) {
                    records.add(Arrays.copyOfRange(text, start, i));
                }
                start = i + 1;
            }
        }
        return records;
    }
}
