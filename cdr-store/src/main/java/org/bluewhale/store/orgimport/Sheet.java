package org.bluewhale.store.orgimport;

import java.util.List;

/** An import file read into a header (lower-case column names) and its data lines. */
public record Sheet(List<String> header, List<SheetLine> lines) {
}
