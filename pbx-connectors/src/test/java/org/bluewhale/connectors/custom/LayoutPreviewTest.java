package org.bluewhale.connectors.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutPreviewTest {

    private static final String LAYOUT = """
            { "name": "pbx-csv", "kind": "delimited", "header": true,
              "fields": { "start": "start", "duration": "secs", "calling": "from", "dialed": "to" },
              "formats": { "start": "yyyy-MM-dd HH:mm:ss" } }
            """;

    @Test
    void headerThenAGoodAndABadLine() {
        LayoutPreview.Result result = LayoutPreview.preview(LAYOUT, """
                start,secs,from,to
                2026-01-24 09:31:00,42,2101,013912345678
                2026-01-24 09:31:00,4x,2101,013912345678""", ZoneId.of("Asia/Shanghai"));
        assertNull(result.layoutError());
        assertEquals("skipped", result.lines().get(0).outcome());
        assertEquals("header row", result.lines().get(0).reason());
        LayoutPreview.LineResult good = result.lines().get(1);
        assertEquals("leg", good.outcome());
        assertEquals(Map.of("start", "2026-01-24 09:31:00", "duration", "42", "calling", "2101", "dialed", "013912345678"),
                good.fields());
        assertEquals("2026-01-24T01:31:00Z", good.leg().start().toString());
        LayoutPreview.LineResult bad = result.lines().get(2);
        assertEquals("rejected", bad.outcome());
        assertEquals("duration '4x' (column 1 'secs') is not a duration in seconds", bad.reason());
        assertEquals("4x", bad.fields().get("duration")); // what was found, to compare with the sample
    }

    @Test
    void avayaCustomizedLayoutPreviewShowsEachFieldsColumnsText() {
        String layout = """
                name = site-cm
                time-pattern = HHmm
                date-record = MM dd
                duration-format = hmmt
                field.end-time = 0-4
                field.duration = 5-9
                field.condition-code = 10-11
                field.dialed-number = 12-27
                field.calling-number = 28-33
                """;
        LayoutPreview.Result result = LayoutPreview.previewAvaya(layout,
                "01 24\n0931 0125 7 13912345678      2101\n0931 01x5 7 13912345678      2101", ZoneId.of("Asia/Shanghai"));
        assertNull(result.layoutError());
        assertEquals("skipped", result.lines().get(0).outcome());
        assertEquals(750, result.lines().get(1).leg().durationSeconds());
        assertEquals("2101", result.lines().get(1).fields().get("calling-number"));
        assertEquals("duration '01x5' (columns 5-9) is not H MM T (hours, minutes 00-59, tenths of a minute)",
                result.lines().get(2).reason());
        assertEquals("01x5", result.lines().get(2).fields().get("duration"));
        assertEquals("layout: missing required field.duration",
                LayoutPreview.previewAvaya(layout.replace("field.duration = 5-9\n", ""), "x", ZoneId.of("UTC")).layoutError());
    }

    @Test
    void aBrokenLayoutIsTheAnswer() {
        LayoutPreview.Result result = LayoutPreview.preview(LAYOUT.replace("\"header\": true,", ""), "x", ZoneId.of("UTC"));
        assertEquals("layout 'pbx-csv': a delimited layout needs \"header\": true (the PBX writes a header row) or "
                + "\"columns\": [the names of its columns]", result.layoutError());
        assertEquals(0, result.lines().size());
        assertEquals("layout: not a layout: Unexpected character ('}' (code 125)): expected a value (line 1, column 10)",
                LayoutPreview.preview("{ \"name\":}", "", ZoneId.of("UTC")).layoutError());
    }
}
