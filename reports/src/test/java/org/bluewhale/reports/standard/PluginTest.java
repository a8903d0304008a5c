package org.bluewhale.reports.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.calls.CallFilter;
import org.bluewhale.reports.spi.ReportCatalogue;
import org.bluewhale.reports.spi.ReportRequest;
import org.bluewhale.reports.spi.ReportService;
import org.bluewhale.store.Database;
import org.bluewhale.store.Databases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example plugin of src/example-plugin, compiled and packed into a jar here as its author
 * would, is found in the plugins folder and builds its report from the stored calls; the
 * test's own class path does not hold it, so only the jar can have provided it.
 */
class PluginTest {

    private static final Path SOURCES = Path.of("src/example-plugin");

    @TempDir
    Path data;

    @Test
    void aReportInAJarDroppedInThePluginsFolderIsFoundAndRuns() throws Exception {
        assertFalse(ReportCatalogue.builtIn().find("long-calls").isPresent());
        Path plugins = Files.createDirectories(data.resolve("plugins"));
        buildJar(plugins.resolve("long-calls.jar"));
        Files.writeString(plugins.resolve("README.txt"), "not a jar: ignored");

        ReportCatalogue catalogue = ReportCatalogue.withPlugins(plugins);
        assertEquals(13, catalogue.all().size(), "the twelve built-in reports and the plugin's");
        try (Database db = Databases.H2.open(data)) {
            new ReportCompany(db, 300);
            Report report = new ReportService(db, catalogue).build("long-calls", new ReportRequest(
                    CallFilter.of(ReportCompany.NOVEMBER).withCurrency("CNY"), Instant.EPOCH, "admin",
                    Map.of("minutes", "25")));
            assertEquals("Calls longer than 25 minutes", report.title());
            long expected = count(db, "SELECT COUNT(*) FROM cdr c JOIN tariff t ON t.id = c.tariff_id WHERE"
                    + " t.currency = 'CNY' AND c.duration_s > 1500 AND c.start_utc >= "
                    + ReportCompany.NOVEMBER.from().toEpochMilli() + " AND c.start_utc < "
                    + ReportCompany.NOVEMBER.to().toEpochMilli());
            assertTrue(expected > 0);
            assertEquals(Long.toString(expected), ReconciliationTest.header(report, "Total calls"));
        }
    }

    @Test
    void noPluginsFolderMeansTheBuiltInReports() {
        assertEquals(12, ReportCatalogue.withPlugins(data.resolve("absent")).all().size());
    }

    private static long count(Database db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** javac over the example's sources against this module's class path, then a jar with its service file. */
    private Path buildJar(Path jar) throws IOException {
        Path classes = Files.createDirectories(data.resolve("plugin-classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
        try (Stream<Path> files = Files.walk(SOURCES.resolve("java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "the example plugin compiles");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, classes);
            add(out, SOURCES.resolve("resources"));
        }
        return jar;
    }

    private static void add(JarOutputStream jar, Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
    }
}
