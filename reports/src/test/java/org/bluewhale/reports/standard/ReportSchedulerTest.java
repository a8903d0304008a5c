package org.bluewhale.reports.standard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bluewhale.reports.export.ReportFormat;
import org.bluewhale.reports.schedule.Every;
import org.bluewhale.reports.schedule.ReportScheduler;
import org.bluewhale.reports.schedule.ScheduledReport;
import org.bluewhale.reports.schedule.SmtpMailer;
import org.bluewhale.reports.spi.ReportCatalogue;
import org.bluewhale.reports.spi.ReportService;
import org.bluewhale.store.Database;
import org.bluewhale.store.Databases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scheduled reports land in their folder once per period and are mailed once, through a real (in-process) SMTP server. */
class ReportSchedulerTest {

    /** Tuesday 1 December 2026, 11:00 in Shanghai. */
    private static final Clock DECEMBER_1 = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private final ScheduledReport monthly = new ScheduledReport("summary", "department-summary", Every.MONTHLY,
            ReportCompany.SHANGHAI, ReportFormat.XLSX, "CNY", Map.of(), List.of("财务 <finance@example.com>"));
    private final ScheduledReport daily = new ScheduledReport("types", "call-types", Every.DAILY,
            ReportCompany.SHANGHAI, ReportFormat.CSV, "CNY", Map.of(), List.of());

    @Test
    void eachPeriodIsWrittenOnceAndMailedOnce() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Database db = Databases.H2.open(data)) {
            new ReportCompany(db, 300);
            Path folder = data.resolve("reports");
            ReportScheduler scheduler = new ReportScheduler(new ReportService(db, ReportCatalogue.builtIn()),
                    List.of(monthly, daily), folder, mailer(smtp.getSmtp().getPort()), DECEMBER_1);

            Path summary = folder.resolve("summary-2026-11-01.xlsx");
            Path types = folder.resolve("types-2026-11-30.csv");
            assertEquals(List.of(summary, types), scheduler.runDue());
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(summary))) {
                assertEquals("from 2026-11-01 00:00:00 UTC+0800 to 2026-11-30 23:59:59 UTC+0800",
                        book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue(), "November in Shanghai");
            }
            assertTrue(Files.readString(types).contains("from 2026-11-30 00:00:00 UTC+0800 to 2026-11-30 23:59:59"));

            assertTrue(smtp.waitForIncomingEmail(30_000, 1));
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertEquals("finance@example.com", mail.getAllRecipients()[0].toString().replaceAll(".*<(.*)>", "$1"));
            assertTrue(mail.getSubject().startsWith("Bluewhale department-summary from 2026-11-01"), mail.getSubject());
            BodyPart attachment = ((Multipart) mail.getContent()).getBodyPart(1);
            assertEquals("summary-2026-11-01.xlsx", attachment.getFileName());
            assertArrayEquals(Files.readAllBytes(summary), attachment.getInputStream().readAllBytes());

            assertEquals(List.of(), scheduler.runDue(), "nothing twice");
            assertEquals(1, smtp.getReceivedMessages().length);
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(List.of("summary-2026-11-01.xlsx", "summary-2026-11-01.xlsx.sent", "types-2026-11-30.csv"),
                        files.map(f -> f.getFileName().toString()).sorted().toList(), "no partial file left");
            }
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aReportThatCouldNotBeMailedIsMailedOnTheNextRun() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (Database db = Databases.H2.open(data)) {
            new ReportCompany(db, 100);
            ReportService reports = new ReportService(db, ReportCatalogue.builtIn());
            Path folder = data.resolve("reports");
            assertEquals(List.of(folder.resolve("summary-2026-11-01.xlsx")),
                    new ReportScheduler(reports, List.of(monthly), folder, mailer(closedPort), DECEMBER_1).runDue(),
                    "written although the mail failed");
            assertFalse(Files.exists(folder.resolve("summary-2026-11-01.xlsx.sent")));

            GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            try {
                new ReportScheduler(reports, List.of(monthly), folder, mailer(smtp.getSmtp().getPort()), DECEMBER_1)
                        .runDue();
                assertTrue(smtp.waitForIncomingEmail(30_000, 1));
                assertTrue(Files.exists(folder.resolve("summary-2026-11-01.xlsx.sent")));
            } finally {
                smtp.stop();
            }
        }
    }

    @Test
    void periodsEndAtTheLastWholeDayWeekAndMonthOfTheZone() {
        var now = Instant.parse("2026-12-01T03:00:00Z").atZone(ZoneOffset.UTC);
        assertEquals("from 2026-11-23 00:00:00 UTC+0800 to 2026-11-29 23:59:59 UTC+0800",
                Every.WEEKLY.lastPeriod(now, ReportCompany.SHANGHAI).describe(), "Monday to Sunday");
        assertEquals("from 2026-11-29 00:00:00 UTC-0500 to 2026-11-29 23:59:59 UTC-0500",
                Every.DAILY.lastPeriod(now, ZoneId.of("America/New_York")).describe(),
                "it is still 30 November in New York, so its last whole day is the 29th");
    }

    private static SmtpMailer mailer(int port) {
        return new SmtpMailer(new SmtpMailer.Settings("127.0.0.1", port, "bluewhale@example.com", "", "", false));
    }
}
