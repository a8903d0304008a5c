package org.bluewhale.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.bluewhale.reports.SampleReports;
import org.junit.jupiter.api.Test;

class TxtExporterTest {

    private final List<String> lines = Arrays.asList(new String(
            Exports.bytes(SampleReports.departmentSummary(), ReportFormat.TXT, false), StandardCharsets.UTF_8).split("\n"));

    @Test
    void numbersEndInTheSameDisplayColumnOnEveryTableLineChineseIncluded() {
        List<String> table = lines.subList(lines.indexOf("") + 1, lines.size());
        int end = DisplayWidth.of(table.get(0)); // the title line ends with the last column's title, right-aligned
        for (String line : table) {
            if (!line.startsWith("-")) {
                assertEquals(end, DisplayWidth.of(line), line);
            }
        }
        String wang = table.stream().filter(l -> l.contains("王伟")).findFirst().orElseThrow();
        String li = table.stream().filter(l -> l.contains("Li Na")).findFirst().orElseThrow();
        assertEquals(DisplayWidth.of(wang.substring(0, wang.indexOf("12.50") + 5)),
                DisplayWidth.of(li.substring(0, li.indexOf("101.25") + 6)), "Actual cost column ends align");
    }

    @Test
    void theHeaderBlockAndRulesAreThere() {
        assertEquals("Department cost summary", lines.get(0));
        assertEquals("Time range:    from 2026-11-01 00:00:00 UTC+0800 to 2026-11-30 23:59:59 UTC+0800", lines.get(1));
        assertTrue(lines.stream().filter(l -> l.matches("-+")).count() >= 4, "rules under titles and above subtotals");
    }

    @Test
    void chineseCharactersTakeTwoColumns() {
        assertEquals(6, DisplayWidth.of("物流部"));
        assertEquals(5, DisplayWidth.of("Li Na"));
        assertEquals(4, DisplayWidth.of("ＡＢ"));
    }
}
