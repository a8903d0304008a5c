package org.bluewhale.connectors.layout;

/**
 * Column ranges as layouts write them: {@code 12-16} (0-based, end exclusive), or parts of one
 * field joined in order: {@code 45-46 + 26-30}.
 */
public final class ColumnRanges {

    private ColumnRanges() {
    }

    /** The parts; IllegalArgumentException saying what is wrong with the text. */
    public static Column[] parse(String text) {
        String[] parts = text.split("\\+");
        Column[] columns = new Column[parts.length];
        for (int i = 0; i < parts.length; i++) {
            columns[i] = parseOne(parts[i].trim());
        }
        return columns;
    }

    private static Column parseOne(String value) {
        int dash = value.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("'" + value + "' is not a range like 12-16");
        }
        int start = nonNegative(value.substring(0, dash).trim());
        int end = nonNegative(value.substring(dash + 1).trim());
        if (end <= start) {
            throw new IllegalArgumentException("'" + value + "' ends before it starts (columns are 0-based, end exclusive)");
        }
        return new Column(start, end);
    }

    private static int nonNegative(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + value + "' is not a non-negative whole number");
    }
}
