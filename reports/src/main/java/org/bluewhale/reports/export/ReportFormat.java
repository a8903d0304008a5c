package org.bluewhale.reports.export;

import java.util.Locale;

/** The formats a report can be exported in, with what HTTP and file names need to know. */
public enum ReportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    HTML("text/html; charset=utf-8"),
    CSV("text/csv; charset=utf-8"),
    TXT("text/plain; charset=utf-8"),
    JSON("application/json");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The exporter; CSV is written with a byte-order mark when {@code excelBom} (Excel then reads UTF-8). */
    public ReportExporter exporter(boolean excelBom) {
        return switch (this) {
            case XLSX -> new XlsxExporter();
            case HTML -> new HtmlExporter();
            case CSV -> new CsvExporter(excelBom);
            case TXT -> new TxtExporter();
            case JSON -> new JsonExporter();
        };
    }

    /** Parses {@code xlsx}, {@code CSV}...; the message lists the formats there are. */
    public static ReportFormat of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown report format '" + name + "'; use xlsx, html, csv, txt or json");
        }
    }
}
