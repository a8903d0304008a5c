package org.bluewhale.store.orgimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.bluewhale.store.StoreException;
import org.bluewhale.store.cdr.ChargeAllocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk import of departments, people, extensions and authorisation codes from a CSV or Excel
 * (.xlsx) file; the format is documented for operators in docs/company-model.md.
 *
 * <p>All or nothing: the whole file is validated first and every problem reported with its line
 * number; only a file without problems is applied, in one transaction. Stored calls that the
 * new assignments charge to someone else (assignments starting in the past) are then reallocated.
 *
 * <pre>{@code
 * ImportReport report = database.orgImporter().importFile(Path.of("people.xlsx"), ZoneId.of("Asia/Shanghai"));
 * report.problems().forEach(p -> System.err.println("people.xlsx:" + p.line() + ": " + p.message()));
 * }</pre>
 */
public final class OrgImporter {

    private static final Logger LOG = LoggerFactory.getLogger(OrgImporter.class);

    private final DataSource pool;
    private final ChargeAllocator charges;
    private final Clock clock;

    public OrgImporter(DataSource pool, ChargeAllocator charges, Clock clock) {
        this.pool = pool;
        this.charges = charges;
        this.clock = clock;
    }

    /** Imports a {@code .csv} or {@code .xlsx} file; dates without an offset are in {@code zone}. */
    public ImportReport importFile(Path file, ZoneId zone) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return importStream(file.getFileName().toString(), in, zone);
        }
    }

    /** Imports an uploaded file; {@code fileName} says its type by its ending (.csv or .xlsx). */
    public ImportReport importStream(String fileName, InputStream in, ZoneId zone) throws IOException {
        return importStream(fileName, in, zone, false);
    }

    /**
     * With {@code dryRun}, checks and applies the file inside a transaction that is then rolled
     * back: the report says what the import would change, and nothing changes (no calls reallocated).
     */
    public ImportReport importStream(String fileName, InputStream in, ZoneId zone, boolean dryRun) throws IOException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        Sheet sheet;
        if (lower.endsWith(".xlsx")) {
            sheet = XlsxSheet.read(in);
        } else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            sheet = CsvSheet.read(in);
        } else {
            return ImportReport.rejected(List.of(new ImportProblem(0,
                    "unknown file type '" + fileName + "': give a .csv or .xlsx file")));
        }
        OrgImportParser parser = new OrgImportParser(zone);
        List<OrgImportRow> rows = parser.parse(sheet);
        if (!parser.problems().isEmpty()) {
            return ImportReport.rejected(parser.problems());
        }
        OrgImportWriter writer = write(rows, dryRun);
        long reallocated = writer.reallocateFrom == null || dryRun ? 0 : charges.reallocateFrom(writer.reallocateFrom);
        ImportReport report = new ImportReport(List.of(), writer.departmentsAdded, writer.usersAdded,
                writer.usersUpdated, writer.assignmentsAdded, reallocated);
        LOG.info("{}{}: {}", fileName, dryRun ? " (dry run)" : "", report.summary());
        return report;
    }

    private OrgImportWriter write(List<OrgImportRow> rows, boolean dryRun) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                OrgImportWriter writer = new OrgImportWriter(c, clock.instant());
                writer.apply(rows);
                if (dryRun) {
                    c.rollback();
                } else {
                    c.commit();
                }
                return writer;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("import rolled back, nothing imported: " + e.getMessage(), e);
        }
    }
}
