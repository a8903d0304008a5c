package org.bluewhale.connectors.sim;

import java.util.Arrays;
import org.bluewhale.connectors.avaya.AvayaUnformattedDecoderProvider;
import org.bluewhale.connectors.layout.Column;
import org.bluewhale.connectors.layout.FixedWidthLayout;
import org.bluewhale.connectors.layout.LayoutField;
import org.bluewhale.core.Direction;

/**
 * Writes calls as Avaya CM customized CDR lines in the columns of a {@link FixedWidthLayout}
 * (by default the {@code avaya-unformatted} preset), start in the site's local time. Condition
 * codes: 7 (ARS) for outgoing calls, 9 incoming, 0 internal. The feature flag is always 0 (not a
 * networked call), which also gives every line its full width, as CM writes it.
 */
public final class AvayaUnformattedFormatter implements RecordFormatter {

    private final FixedWidthLayout layout;
    private final LocalOffsets offsets;
    private final byte[] blank;

    public AvayaUnformattedFormatter(SimSite site) {
        this(site, FixedWidthLayout.preset(AvayaUnformattedDecoderProvider.FORMAT));
    }

    public AvayaUnformattedFormatter(SimSite site, FixedWidthLayout layout) {
        this.layout = layout;
        this.offsets = new LocalOffsets(site.zone());
        this.blank = new byte[layout.recordWidth()];
        Arrays.fill(blank, (byte) ' ');
    }

    /** @throws IllegalArgumentException when a value does not fit its column */
    @Override
    public byte[] format(SimulatedCall call) {
        byte[] out = blank.clone();
        long start = call.start().getEpochSecond();
        layout.startPattern().format(offsets.toLocal(start), out, layout.column(LayoutField.START).start());
        putNumber(out, LayoutField.DURATION, call.durationSeconds());
        put(out, LayoutField.CONDITION_CODE, conditionCode(call.direction()));
        put(out, LayoutField.ACCESS_CODE_DIALED, call.accessCode());
        put(out, LayoutField.CALLING_NUMBER, call.callingNumber());
        put(out, LayoutField.DIALED_NUMBER, call.dialedNumber());
        put(out, LayoutField.FEATURE_FLAG, "0");
        if (call.direction() == Direction.OUTGOING) {
            put(out, LayoutField.ACCESS_CODE_USED, call.trunkGroup());
            putNumber(out, LayoutField.CIRCUIT_OUT, call.circuit());
        } else if (call.direction() == Direction.INCOMING) {
            put(out, LayoutField.TRUNK_ACCESS_CODE_IN, call.trunkGroup());
            putNumber(out, LayoutField.CIRCUIT_IN, call.circuit());
        }
        return out;
    }

    private static String conditionCode(Direction direction) {
        return switch (direction) {
            case OUTGOING -> "7";
            case INCOMING -> "9";
            default -> "0";
        };
    }

    /** Left-aligned text, space padded. */
    private void put(byte[] out, LayoutField field, String text) {
        Column column = layout.column(field);
        if (text.length() > column.width()) {
            throw new IllegalArgumentException(field.key() + " '" + text + "' is wider than columns " + column);
        }
        for (int i = 0; i < text.length(); i++) {
            out[column.start() + i] = (byte) text.charAt(i);
        }
    }

    /** Right-aligned, zero padded to the column's width. */
    private void putNumber(byte[] out, LayoutField field, int value) {
        Column column = layout.column(field);
        int rest = value;
        for (int i = column.end() - 1; i >= column.start(); i--) {
            out[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        if (rest != 0 || value < 0) {
            throw new IllegalArgumentException(field.key() + " " + value + " does not fit columns " + column);
        }
    }
}
