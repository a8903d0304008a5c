package org.bluewhale.connectors.custom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bluewhale.connectors.avaya.AvayaCdrDecoder;
import org.bluewhale.connectors.layout.Column;
import org.bluewhale.connectors.layout.FixedWidthFields;
import org.bluewhale.connectors.layout.FixedWidthLayout;
import org.bluewhale.connectors.layout.LayoutException;
import org.bluewhale.connectors.layout.LayoutField;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;

/**
 * "Try it on this sample": decodes sample lines with a layout being written (an admin-defined JSON
 * layout, or an Avaya CM customized {@code .properties} layout) and says, for each
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
        return run(decoder, sample, line -> decoder.fields());
    }

    /**
     * Decodes {@code sample} with an Avaya CM customized layout ({@code .properties} text, see
     * {@link FixedWidthLayout}); the fields shown are the text in each field's columns.
     */
    public static Result previewAvaya(String layoutProperties, String sample, ZoneId zone) {
        FixedWidthLayout layout;
        try {
            layout = FixedWidthLayout.load(new ByteArrayInputStream(layoutProperties.getBytes(StandardCharsets.UTF_8)),
                    "layout");
        } catch (LayoutException | IOException e) {
            return new Result(e.getMessage(), List.of());
        }
        return run(new AvayaCdrDecoder(layout, zone), sample, line -> {
            Map<String, String> fields = new LinkedHashMap<>();
            for (LayoutField field : LayoutField.values()) {
                Column[] parts = layout.parts(field);
                if (parts[0].isPresent()) {
                    fields.put(field.key(), FixedWidthFields.text(line, parts));
                }
            }
            return fields;
        });
    }

    /** Every sample line through one decoder, in order; {@code fieldsOf} tells what was found in a line. */
    private static Result run(RecordDecoder decoder, String sample, Function<byte[], Map<String, String>> fieldsOf) {
        List<LineResult> results = new ArrayList<>();
        String[] lines = sample.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            byte[] bytes = lines[i].getBytes(StandardCharsets.ISO_8859_1);
            Decoded decoded = decoder.decode(new RawRecord(i + 1, "preview", i + 1, Instant.now(), bytes, false));
            results.add(result(i + 1, decoded, fieldsOf.apply(bytes)));
        }
        return new Result(null, results);
    }

    private static LineResult result(int line, Decoded decoded, Map<String, String> fields) {
        if (decoded instanceof Decoded.Leg leg) {
            return new LineResult(line, "leg", fields, leg.leg(), null);
        }
        if (decoded instanceof Decoded.Skipped skipped) {
            return new LineResult(line, "skipped", Map.of(), null, skipped.what());
        }
        return new LineResult(line, "rejected", fields, null, ((Decoded.Rejected) decoded).reason());
    }
}
