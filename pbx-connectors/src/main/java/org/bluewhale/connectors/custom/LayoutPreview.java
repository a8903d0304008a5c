package org.bluewhale.connectors.custom;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bluewhale.connectors.layout.LayoutException;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;

/**
 * "Try it on this sample": decodes sample lines with a layout being written and says, for each
 * line, the fields found and the leg they make, or exactly why and where it failed. Lines are read
 * in order through one decoder, so a header row before a data row is understood.
 */
public final class LayoutPreview {

    /**
     * What became of one sample line.
     *
     * @param line    1-based number of the sample line
     * @param outcome {@code leg}, {@code skipped} or {@code rejected}
     * @param fields  the text of each mapped field (empty when the line could not be split)
     * @param leg     the decoded leg, or null
     * @param reason  why the line was skipped or rejected, or null
     */
    public record LineResult(int line, String outcome, Map<String, String> fields, CallLeg leg, String reason) {
    }

    /**
     * The whole answer.
     *
     * @param layoutError why the layout itself cannot be used, or null (then {@code lines} is empty)
     */
    public record Result(String layoutError, List<LineResult> lines) {
    }

    private LayoutPreview() {
    }

    /** Decodes {@code sample} (one or more lines) with the layout JSON in the PBX zone {@code zone}. */
    public static Result preview(String layoutJson, String sample, ZoneId zone) {
        CustomLayoutDecoder decoder;
        try {
            decoder = new CustomLayoutDecoder(CustomLayouts.parse(layoutJson, "layout"), zone);
        } catch (LayoutException e) {
            return new Result(e.getMessage(), List.of());
        }
        List<LineResult> results = new ArrayList<>();
        String[] lines = sample.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            RawRecord raw = new RawRecord(i + 1, "preview", i + 1, Instant.now(),
                    lines[i].getBytes(StandardCharsets.ISO_8859_1), false);
            results.add(result(i + 1, decoder.decode(raw), decoder));
        }
        return new Result(null, results);
    }

    private static LineResult result(int line, Decoded decoded, CustomLayoutDecoder decoder) {
        if (decoded instanceof Decoded.Leg leg) {
            return new LineResult(line, "leg", decoder.fields(), leg.leg(), null);
        }
        if (decoded instanceof Decoded.Skipped skipped) {
            return new LineResult(line, "skipped", Map.of(), null, skipped.what());
        }
        return new LineResult(line, "rejected", decoder.fields(), null, ((Decoded.Rejected) decoded).reason());
    }
}
