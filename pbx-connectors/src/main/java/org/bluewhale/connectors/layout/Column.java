package org.bluewhale.connectors.layout;

/**
 * A field's place in a fixed-width record: 0-based {@code start}, exclusive {@code end}.
 * {@link #ABSENT} marks a field the layout does not carry.
 */
public record Column(int start, int end) {

    /** A field the layout does not have: always reads as empty. */
    public static final Column ABSENT = new Column(0, 0);

    public Column {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad column range " + start + "-" + end);
        }
    }

    public int width() {
        return end - start;
    }

    public boolean isPresent() {
        return end > start;
    }

    /** True when the two ranges share at least one column. */
    public boolean overlaps(Column other) {
        return isPresent() && other.isPresent() && start < other.end && other.start < end;
    }

    /** As written in layout files and error messages: {@code start-end}. */
    @Override
    public String toString() {
        return start + "-" + end;
    }
}
