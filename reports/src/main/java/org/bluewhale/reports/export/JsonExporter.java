package org.bluewhale.reports.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.bluewhale.reports.HeaderLine;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.ReportRow;

/**
 * JSON for programs, streamed:
 * <pre>
 * {"title": "...", "header": [{"label": "...", "value": "..."}],
 *  "columns": [{"title": "Cost", "type": "money"}],
 *  "rows": [{"kind": "detail", "cells": ["Company\\Logistics", 12.50, 3, 29925]}]}
 * </pre>
 * Money is an exact decimal number with the report's decimals, a duration a number of seconds
 * (the column's type says so), an empty cell null.
 */
public final class JsonExporter implements ReportExporter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @Override
    public void export(Report report, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
            json.writeStartObject();
            json.writeStringField("title", report.title());
            json.writeArrayFieldStart("header");
            for (HeaderLine line : report.header()) {
                json.writeStartObject();
                json.writeStringField("label", line.label());
                json.writeStringField("value", line.value());
                json.writeEndObject();
            }
            json.writeEndArray();
            List<ReportColumn> columns = report.columns();
            json.writeArrayFieldStart("columns");
            for (ReportColumn column : columns) {
                json.writeStartObject();
                json.writeStringField("title", column.title());
                json.writeStringField("type", column.type().name().toLowerCase(Locale.ROOT));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
            for (Iterator<ReportRow> rows = report.checkedRows(); rows.hasNext(); ) {
                ReportRow row = rows.next();
                json.writeStartObject();
                json.writeStringField("kind", row.kind().name().toLowerCase(Locale.ROOT));
                json.writeArrayFieldStart("cells");
                for (Object cell : row.cells()) {
                    if (cell == null) {
                        json.writeNull();
                    } else if (cell instanceof String s) {
                        json.writeString(s);
                    } else if (cell instanceof Long l) {
                        json.writeNumber(l);
                    } else {
                        json.writeNumber(((BigDecimal) cell).setScale(report.moneyDecimals(), RoundingMode.UNNECESSARY));
                    }
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.flush();
    }
}
