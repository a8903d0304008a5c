package org.bluewhale.reports.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportRow;
import org.bluewhale.reports.calls.CallFilter;
import org.bluewhale.reports.export.ReportFormat;
import org.bluewhale.reports.spi.ReportCatalogue;
import org.bluewhale.reports.spi.ReportRequest;
import org.bluewhale.reports.spi.ReportService;
import org.bluewhale.store.Database;
import org.bluewhale.store.Databases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The HTML reports render in the real Chromium: a table whose cells, Chinese included, are the report's. */
class HtmlInBrowserTest {

    @TempDir
    Path data;

    @Test
    void theHtmlReportShowsItsHeaderAndEveryRowInChromium() throws Exception {
        Report report;
        try (Database db = Databases.H2.open(data)) {
            new ReportCompany(db, 300);
            report = new ReportService(db, ReportCatalogue.builtIn()).build("department-summary", new ReportRequest(
                    CallFilter.of(ReportCompany.NOVEMBER).withCurrency("CNY"), Instant.EPOCH, "李娜", Map.of()));
        }
        Path page = data.resolve("summary.html");
        Files.write(page, ReportFilesTest.bytes(report, ReportFormat.HTML));
        List<ReportRow> rows = ReconciliationTest.rows(report);

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(data.resolve("chromium")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(page.toUri().toString());
            assertEquals("Department cost summary", browser.getTitle());
            assertTrue(browser.findElement(By.tagName("dl")).getText().contains("李娜"), "the header block");
            List<WebElement> shown = browser.findElements(By.cssSelector("tbody tr"));
            assertEquals(rows.size(), shown.size());
            List<String> departments = shown.stream().map(tr -> tr.findElements(By.tagName("td")).get(0).getText()).toList();
            assertEquals(rows.stream().map(r -> (String) r.cells().get(0)).toList(), departments);
            assertTrue(departments.contains("Sales\\华东销售"), departments.toString());
            WebElement total = shown.get(shown.size() - 1);
            assertEquals("total", total.getAttribute("class"));
            assertEquals(rows.get(rows.size() - 1).cells().get(2).toString(),
                    total.findElements(By.tagName("td")).get(2).getText(), "the total cost as the report has it");
            assertTrue(total.findElements(By.tagName("td")).get(2).getRect().getWidth() > 0, "laid out, not hidden");
        } finally {
            browser.quit();
        }
    }
}
