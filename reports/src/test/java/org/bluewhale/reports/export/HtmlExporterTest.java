package org.bluewhale.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.ReportRow;
import org.bluewhale.reports.SampleReports;
import org.junit.jupiter.api.Test;

class HtmlExporterTest {

    private static String html(Report report) {
        return new String(Exports.bytes(report, ReportFormat.HTML, false), StandardCharsets.UTF_8);
    }

    @Test
    void aStandalonePageWithTheHeaderBlockAndClassedRows() {
        String html = html(SampleReports.departmentSummary());
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"));
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("http"), "nothing external");
        assertTrue(html.contains("<dt>Total cost</dt><dd>119.50 CNY</dd>"));
        assertTrue(html.contains("<tr class=\"detail\"><td>Company\\物流部</td><td>王伟</td><td class=\"n\">12.50</td>"));
        assertTrue(html.contains("<tr class=\"subtotal\"><td>Company\\物流部 subtotal</td>"));
        assertEquals(1, html.split("<tr class=\"total\">", -1).length - 1);
    }

    @Test
    void everyTextIsEscaped() {
        Report report = new Report("<b>", List.of(), List.of(ReportColumn.text("Name & co")),
                List.of(ReportRow.detail("<script>alert('x')</script>")), 2);
        String html = html(report);
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(html.contains("<th>Name &amp; co</th>"));
        assertTrue(html.contains("<title>&lt;b&gt;</title>"));
    }
}
