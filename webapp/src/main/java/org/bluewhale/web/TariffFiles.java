package org.bluewhale.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bluewhale.store.orgimport.CsvSheet;
import org.bluewhale.store.orgimport.XlsxSheet;

/**
 * The file formats of tariff import and export: CSV and XLSX carry {@link TariffSheet}'s lines
 * (every cell as text, so prices keep their exact decimals), JSON carries the zones as the model
 * has them and the prefixes: {@code {"zones": {...}, "prefixes": {"8610": "national"}}}.
 */
enum TariffFiles {
    CSV("text/csv; charset=utf-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JSON("application/json");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String mediaType;

    TariffFiles(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** The format named by {@code format}, else the one the content type names, else CSV. */
    static TariffFiles of(String format, String contentType) {
        if (format != null) {
            try {
                return valueOf(format.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequest("format '" + format + "': use csv, xlsx or json");
            }
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.contains("spreadsheetml") ? XLSX : type.contains("json") ? JSON : CSV;
    }

    void write(ObjectNode version, Map<String, String> prefixes, OutputStream out) throws IOException {
        switch (this) {
            case JSON -> {
                ObjectNode doc = MAPPER.createObjectNode();
                doc.set("zones", version.get("zones"));
                doc.set("prefixes", MAPPER.valueToTree(prefixes));
                MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, doc);
            }
            case CSV -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                    csv.printRecord(TariffSheet.COLUMNS);
                    for (List<String> line : TariffSheet.lines(version, prefixes)) {
                        csv.printRecord(line);
                    }
                }
            }
            case XLSX -> {
                try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                    Sheet sheet = workbook.createSheet("tariff");
                    cells(sheet.createRow(0), TariffSheet.COLUMNS);
                    List<List<String>> lines = TariffSheet.lines(version, prefixes);
                    for (int i = 0; i < lines.size(); i++) {
                        cells(sheet.createRow(i + 1), lines.get(i));
                    }
                    workbook.write(out);
                }
            }
        }
    }

    TariffSheet.Tariff read(InputStream in) {
        try {
            return switch (this) {
                case JSON -> MAPPER.readValue(in, TariffSheet.Tariff.class);
                case CSV -> TariffSheet.read(CsvSheet.read(in));
                case XLSX -> TariffSheet.read(XlsxSheet.read(in));
            };
        } catch (IOException e) {
            throw new BadRequest("cannot read the " + name().toLowerCase(Locale.ROOT) + " file, nothing was loaded: "
                    + e.getMessage());
        }
    }

    private static void cells(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }
}
