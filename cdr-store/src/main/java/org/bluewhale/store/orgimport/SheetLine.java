package org.bluewhale.store.orgimport;

import java.util.Map;

/**
 * One data line of an import file: its line number as the operator sees it (the header is line 1)
 * and its cells by lower-case column name, trimmed; a missing cell is absent from the map.
 */
public record SheetLine(int line, Map<String, String> cells) {

    public String get(String column) {
        return cells.getOrDefault(column, "");
    }
}
