package org.bluewhale.connectors.custom;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * An operator's description of a PBX's record lines, as JSON ({@link CustomLayouts} reads and
 * checks it; docs/formats.md is the operator's guide):
 *
 * <pre>
 * {
 *   "name": "hotel-pbx",
 *   "kind": "fixed" | "delimited" | "regex",
 *   "fields":   { "start": "0-19", "duration": "20-25", "calling": "26-33", "dialed": "34-50" },
 *   "formats":  { "start": "yyyy-MM-dd HH:mm:ss" },
 *   "duration": "seconds" | "milliseconds" | "hh:mm:ss" | "hmmt",
 *   "skip":     "^(Date|---)",                      lines to skip (headers, rulers), a regex
 *   "delimiter": ",",  "header": true,  "columns": [...],   delimited only
 *   "pattern":  "(?&lt;start&gt;\\S+ \\S+) ...",        regex only
 *   "directions": { "I": "incoming", "O": "outgoing" }     values of the direction field
 * }
 * </pre>
 *
 * A field's source is a column range {@code start-end} (0-based, end exclusive; parts joined with
 * {@code +}) for fixed layouts, a header name for delimited ones and a named group for regular
 * expressions.
 */
public record CustomLayout(
        @JsonProperty("name") String name,
        @JsonProperty("kind") String kind,
        @JsonProperty("fields") Map<String, String> fields,
        @JsonProperty("formats") Map<String, String> formats,
        @JsonProperty("duration") String duration,
        @JsonProperty("skip") String skip,
        @JsonProperty("delimiter") String delimiter,
        @JsonProperty("header") Boolean header,
        @JsonProperty("columns") List<String> columns,
        @JsonProperty("pattern") String pattern,
        @JsonProperty("directions") Map<String, String> directions) {

    public CustomLayout {
        formats = formats == null ? Map.of() : Map.copyOf(formats);
        duration = duration == null ? "seconds" : duration;
        delimiter = delimiter == null ? "," : delimiter;
        header = header != null && header;
        columns = columns == null ? List.of() : List.copyOf(columns);
        directions = directions == null ? Map.of() : Map.copyOf(directions);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
}
