package org.bluewhale.connectors.tcp;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

/** Numbered Nortel-style CDR lines, so order and completeness can be checked at the far end. */
final class CdrSamples {

    private CdrSamples() {
    }

    static String line(int n) {
        return "N " + (100_000 + n) + " 00 DN" + (1000 + n % 9000) + " T000001 06/28 12:10:50 00:10:30.0 1213456"
                + (1000 + n % 9000);
    }

    static List<String> lines(int count) {
        return IntStream.range(0, count).mapToObj(CdrSamples::line).toList();
    }

    static Iterator<byte[]> records(int count) {
        return IntStream.range(0, count).mapToObj(n -> line(n).getBytes(ISO_8859_1)).iterator();
    }
}
