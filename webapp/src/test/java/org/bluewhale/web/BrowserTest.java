package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.IntStream;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.journal.Frame;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.core.rawdump.RawDumpFiles;
import org.bluewhale.core.rawdump.RawDumpPolicy;
import org.bluewhale.core.rawdump.RawDumpWriter;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.core.testing.Poll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The UI in a real headless Chromium (Debian's chromium and chromium-driver): log in, see the
 * dashboard, watch the live flow receive records, filter the call browser, open a call's rating
 * explanation and how the model prices it, change a tariff and see the next call rated with the new
 * price, switch language and theme; at a desktop and a 375-px phone width; the banner while the main
 * database is down; the remote units; the cluster. Any error in the
 * browser console fails the test.
 */
class BrowserTest {

    @TempDir
    static Path data;

    private static WebFixture web;
    private static WebDriver browser;
    private static String base;
    /** Requests a test makes fail on purpose (a refused import): the browser logs their status, which is no error. */
    private static final List<String> expectedFailures = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        web = new WebFixture(data);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<RatedCall> today = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            today.add(WebFixture.call(100 + i, i % 2 == 0 ? "2001" : "3001", now.minusSeconds(60L * (i + 1)),
                    CallClass.NATIONAL));
        }
        web.db.cdrStore().write(new StoreBatch(today, List.of(), 100));
        base = "http://127.0.0.1:" + web.server.port() + "/";

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + Files.createDirectories(data.resolve("chromium")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.close();
        }
    }

    /**
     * Sets telecom's national price in both bands, saves it as a new version starting now (the
     * server's clock, moved on a minute so each walk's version starts later), then rates a call of
     * 61 s to Beijing (billed 66 s) and opens it.
     */
    private void changeTariff(WebDriverWait wait, TariffChange tariff) {
        web.clock.advance(Duration.ofMinutes(1));
        browser.get(base + "#/tariffs");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tariffs")));
        for (String band : new String[] {"peak", "off-peak"}) {
            WebElement price = browser.findElement(By.cssSelector(
                    "input[data-plan='telecom/business'][data-zone='national'][data-band='" + band + "']"));
            price.clear();
            price.sendKeys(tariff.price());
        }
        browser.findElement(By.cssSelector("form[data-plan-form='telecom/business'] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-plan-message='telecom/business']"), "telecom/business@"));

        web.rateAndStore(tariff.sequence(), "2001", "901087654321", Instant.now(), 61);
        browser.get(base + "#/cdrs/hq/" + tariff.sequence());
        WebElement rating = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating")));
        assertEquals(tariff.cost(), rating.findElement(By.id("rating-cost")).getText());
        String trace = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trace-actual"))).getText();
        assertTrue(trace.contains("telecom/business@") && trace.contains("national") && trace.contains("66"), trace);
        assertTrue(browser.findElements(By.id("trace-differs")).isEmpty(), "rated by the model in place");
    }

    /** A call's view lists the quality reports stored with it: the phone's MOS, the gateway's packets. */
    private void showCallQuality(WebDriverWait wait, long sequence) {
        web.storeCallWithQuality(sequence, Instant.now());
        browser.get(base + "#/cdrs/hq/" + sequence);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quality"), "SEP0011AABB2001"));
        List<WebElement> reports = browser.findElements(By.cssSelector("#quality tbody tr"));
        assertEquals(2, reports.size());
        assertTrue(reports.get(0).getText().contains("4.2000"), reports.get(0).getText());
        assertTrue(reports.get(1).getText().startsWith("SH-PSTN-CUBE"), reports.get(1).getText());
    }

    /** An auditor created from the operators screen is listed there and can log in over the API. */
    private void createAnOperator(WebDriverWait wait, String login) {
        browser.get(base + "#/operators");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("operator-form")));
        form.findElement(By.name("login")).sendKeys(login);
        form.findElement(By.name("password")).sendKeys(WebFixture.PASSWORD);
        new Select(form.findElement(By.name("role"))).selectByValue("auditor");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("operator-rows"), login));
        assertEquals(200, web.http().basic(login, WebFixture.PASSWORD).get("/api/v1/cdrs").status());
    }

    /** PBX hq's real TCP listener, stopped and started from its screen; its state shows live. */
    private void stopAndStartTheConnector(WebDriverWait wait) {
        browser.get(base + "#/connectors");
        By state = By.cssSelector("[data-connector-state='hq']");
        wait.until(ExpectedConditions.textToBe(state, "LISTENING"));
        browser.findElement(By.cssSelector("[data-connector-stop='hq']")).click();
        wait.until(ExpectedConditions.textToBe(state, "STOPPED"));
        assertEquals("STOPPED", web.connectors.get("hq").status().state().name());
        browser.findElement(By.cssSelector("[data-connector-start='hq']")).click();
        wait.until(ExpectedConditions.textToBe(state, "LISTENING"));
    }

    // --- Company screen (issue 7) ---

    /**
     * On the company screen: choose Sales, add a person and give them an extension, import a file
     * with a bad line (refused, the line shown) and then a good one (its department appears).
     */
    private void useTheCompanyScreen(WebDriverWait wait, long sequence) throws Exception {
        browser.get(base + "#/company");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("department-tree")));
        browser.findElement(By.cssSelector("[data-department='" + web.sales.id() + "']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("department-name"), "Sales"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-rows"), "Bob"));

        String person = "Night " + sequence;
        WebElement form = browser.findElement(By.id("person-form"));
        form.findElement(By.name("name")).sendKeys(person);
        form.findElement(By.name("employeeId")).sendKeys("N" + sequence);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-rows"), person));
        By row = By.xpath("//div[@id='user-rows']//tr[td[1][text()='" + person + "']]");
        browser.findElement(row).findElement(By.cssSelector("[data-assign]")).click();
        WebElement extension = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("extension-form")));
        extension.findElement(By.name("number")).sendKeys("5" + sequence);
        extension.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "5" + sequence));
        assertEquals(person, web.db.orgRepository().userOfExtension("5" + sequence, Instant.now()).orElseThrow().name());

        Path bad = Files.writeString(data.resolve("bad-" + sequence + ".csv"),
                "department,name,extension\nSales,Ok Person,6" + sequence + "\nSales,Bad Number,12 34?\n");
        expectedFailures.add("/api/v1/org/import?file=" + bad.getFileName() + "&");
        browser.findElement(By.id("import-file")).sendKeys(bad.toString());
        browser.findElement(By.id("import-run")).click();
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#import-problems li[data-line='3']")));
        assertTrue(problem.getText().contains("is not a number"), problem.getText());
        assertTrue(web.db.orgRepository().userOfExtension("6" + sequence, Instant.now()).isEmpty(), "nothing imported");

        Path good = Files.writeString(data.resolve("good-" + sequence + ".csv"),
                "department,name,extension\nImported " + sequence + ",Ok Person " + sequence + ",6" + sequence + "\n");
        WebElement file = browser.findElement(By.id("import-file"));
        file.clear();
        file.sendKeys(good.toString());
        browser.findElement(By.id("import-run")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-message"), "1 people added"));
        assertTrue(browser.findElements(By.cssSelector("#import-problems li")).isEmpty());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("department-tree"), "Imported " + sequence));
        assertNothingWiderThanTheWindow();
    }

    /** At a phone's width too, the screen scrolls down, not sideways (wide tables scroll in their own box). */
    private static void assertNothingWiderThanTheWindow() {
        Object widths = ((JavascriptExecutor) browser).executeScript("""
                const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                  .slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className);
                return document.documentElement.scrollWidth + ' <= ' + window.innerWidth + ' <= ' + wide.join(' ');
                """);
        String[] parts = widths.toString().split(" <= ", 3);
        assertTrue(Long.parseLong(parts[0]) <= Long.parseLong(parts[1]), "page wider than the window: " + widths);
    }

    // --- Layouts screen (issue 7) ---

    /**
     * On the layouts screen: PBX hotel's layout file is loaded; shortening the dialed field changes
     * the definition and the preview, which decodes the good sample line and refuses the bad one
     * naming the field; a preset loads in the Avaya language.
     */
    private void useTheLayoutsScreen(WebDriverWait wait) {
        browser.get(base + "#/layouts");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("layout-choice")));
        assertEquals("pbx:hotel", new Select(browser.findElement(By.id("layout-choice"))).getFirstSelectedOption()
                .getAttribute("value"));
        assertEquals("0", browser.findElement(By.cssSelector("[data-field-start='0']")).getAttribute("value"));
        assertEquals("16", browser.findElement(By.cssSelector("[data-field-length='0']")).getAttribute("value"));
        WebElement dialedLength = browser.findElement(By.cssSelector("[data-field-length='3']"));
        dialedLength.clear();
        dialedLength.sendKeys("5");
        assertTrue(browser.findElement(By.id("layout-definition")).getAttribute("value").contains("\"dialed\": \"28-33\""),
                browser.findElement(By.id("layout-definition")).getAttribute("value"));

        WebElement sample = browser.findElement(By.id("layout-sample"));
        sample.sendKeys("24/11/2026 09:30 00125 8012 62345678\n24/11/2026 9.31  00061 8013 13912345");
        WebElement zone = browser.findElement(By.id("layout-zone"));
        zone.clear();
        zone.sendKeys("Asia/Shanghai");
        browser.findElement(By.id("layout-preview-run")).click();
        WebElement good = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#layout-preview tr[data-line='1']")));
        assertTrue(good.getText().contains("decoded") && good.getText().contains("62345 ") && good.getText().contains("125 s"),
                good.getText());
        String bad = browser.findElement(By.cssSelector("#layout-preview tr[data-line='2']")).getText();
        assertTrue(bad.contains("refused") && bad.contains("start '24/11/2026 9.31"), bad);
        browser.findElement(By.id("layout-copy")).click();
        wait.until(ExpectedConditions.textToBe(By.id("layout-message"), "Copied."));

        new Select(browser.findElement(By.id("layout-choice"))).selectByValue("preset:avaya-printer");
        wait.until(ExpectedConditions.attributeContains(By.id("layout-definition"), "value", "field.end-time = 0-4"));
        assertTrue(browser.findElement(By.id("layout-settings")).getAttribute("value").contains("duration-format = hmmt"));
        assertNothingWiderThanTheWindow();
    }

    /**
     * A department manager's navigation offers no screen its role is refused, and the company
     * screen shows their subtree read-only.
     */
    @Test
    void navigationFollowsTheRole() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        WebDriverWait wait = logIn("sales-mgr");
        for (String refused : List.of("tariffs", "sites", "connectors", "remote-units", "operators", "storage", "layouts",
                "cluster")) {
            assertFalse(browser.findElement(By.cssSelector("nav a[href='#/" + refused + "']")).isDisplayed(), refused);
        }
        browser.findElement(By.cssSelector("nav a[href='#/company']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-rows"), "Bob"));
        assertEquals(List.of("Sales", "Export"), browser.findElements(By.cssSelector("[data-department]")).stream()
                .map(WebElement::getText).toList());
        assertTrue(browser.findElements(By.id("person-form")).isEmpty(), "read-only");
        assertTrue(browser.findElements(By.id("company-import")).isEmpty(), "no import");
        browser.get(base + "#/storage");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));

        logIn("auditor");
        assertTrue(browser.findElement(By.cssSelector("nav a[href='#/storage']")).isDisplayed());
        assertFalse(browser.findElement(By.cssSelector("nav a[href='#/layouts']")).isDisplayed());
    }

    @AfterEach
    void noConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && expectedFailures.stream().noneMatch(entry.getMessage()::contains)) {
                errors.add(entry.getMessage());
            }
        }
        expectedFailures.clear();
        assertEquals(List.of(), errors, "browser console errors");
    }

    @Test
    void desktop() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        walkThrough(new TariffChange("1.00", 1001, "1.10 CNY"));
    }

    @Test
    void phone() throws Exception {
        browser.manage().window().setSize(new Dimension(375, 740));
        walkThrough(new TariffChange("2.00", 1002, "2.20 CNY"));
        long pageWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        assertTrue(pageWidth <= 375, "nothing wider than the phone: " + pageWidth);
    }

    /**
     * While the main database is down, every page (the login form too) says since when and how many
     * records wait in the offline database; once it is back the banner goes.
     */
    @Test
    void mainDatabaseDownBanner() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(base + "#/dashboard");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        WebElement banner = browser.findElement(By.id("db-banner"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view")));
        assertFalse(banner.isDisplayed(), "no banner while the main database works");
        try {
            web.health.set(Map.of("status", "DEGRADED", "offline", Map.of("mode", "OFFLINE",
                    "since", "2026-11-24T09:30:00Z", "backlogRecords", 1234)));
            browser.navigate().refresh();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("db-banner"), "1234 records"));
            String text = browser.findElement(By.id("db-banner")).getText();
            assertTrue(text.contains("unavailable since"), text);
            assertTrue(text.contains("2026"), "the time the outage began: " + text);
            web.health.set(Map.of("status", "DEGRADED", "offline", Map.of("mode", "DRAINING", "backlogRecords", 34)));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("db-banner"), "34 records"));
        } finally {
            web.health.set(web.healthy());
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("db-banner")));
    }

    /** Every text of the UI exists in both languages, and no language has a text the other lacks. */
    @Test
    void everyTextInEnglishAndChinese() {
        browser.get(base + "#/dashboard");
        Object missing = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/i18n.js').then(m => done(m.LANGUAGES.flatMap(lang =>
                    m.KEYS.filter(k => !m.keysOf(lang).includes(k)).map(k => lang + ':' + k)
                      .concat(m.keysOf(lang).filter(k => !m.KEYS.includes(k)).map(k => lang + ' only:' + k)))));
                """);
        assertEquals(List.of(), missing);
    }

    /** Telecom's national price (both bands) to set, the sequence of the call rated after, and what it costs. */
    private record TariffChange(String price, long sequence, String cost) {
    }

    /** The least-cost screen compares a day's calls over every plan and marks the cheapest per destination. */
    @Test
    void leastCostScreen() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        Instant tuesdayTenAm = Instant.parse("2026-12-01T02:00:00Z");
        web.rateAndStore(6001, "2002", "900442079460000", tuesdayTenAm, 95);
        web.rateAndStore(6002, "2002", "900493012345678", tuesdayTenAm.plusSeconds(600), 30);
        WebDriverWait wait = logIn();
        browser.findElement(By.cssSelector("nav a[href='#/what-if']")).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("whatif-form")));
        // the UTC day, whatever the browser's zone (datetime-local is local time)
        ((JavascriptExecutor) browser).executeScript("""
                const local = iso => { const d = new Date(iso); d.setMinutes(d.getMinutes() - d.getTimezoneOffset()); return d.toISOString().slice(0, 16); };
                document.querySelector('#whatif-form [name=from]').value = local('2026-12-01T00:00:00Z');
                document.querySelector('#whatif-form [name=to]').value = local('2026-12-02T00:00:00Z');
                """);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement europe = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-destination='europe']")));
        assertEquals("2.52 ✓", europe.findElement(By.cssSelector("td[data-plan='unicom/enterprise']")).getText());
        assertEquals("5.20", europe.findElement(By.cssSelector("td[data-plan='telecom/business']")).getText());
        assertTrue(europe.findElement(By.cssSelector("td[data-plan='sip/tie-line']")).getText().contains("2 unpriced"));
        assertTrue(browser.findElement(By.id("whatif-message")).getText().startsWith("2 calls"));
    }

    /**
     * The Tariffs screen re-rates the fixture's day (its calls were stored with made-up prices)
     * and follows the job to its end; doing it again changes nothing.
     */
    @Test
    void rerateAPeriodFromTheTariffsScreen() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        WebDriverWait wait = logIn();
        browser.get(base + "#/tariffs");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[data-rerate-form]")));
        for (int run = 0; run < 2; run++) {
            ((JavascriptExecutor) browser).executeScript("""
                    const local = iso => { const d = new Date(iso); d.setMinutes(d.getMinutes() - d.getTimezoneOffset()); return d.toISOString().slice(0, 16); };
                    document.querySelector('[name=rerate-from]').value = local('2026-11-24T00:00:00Z');
                    document.querySelector('[name=rerate-to]').value = local('2026-11-25T00:00:00Z');
                    """);
            form.findElement(By.cssSelector("button[type=submit]")).click();
            String expected = run == 0 ? "done — 6 / 6 calls read, 6 re-rated, 6 changed" : "done — 6 / 6 calls read, 6 re-rated, 0 changed";
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-rerate-progress]"), expected));
        }
    }

    /**
     * The storage screen shows the main and offline database and the journal from health, lists
     * the raw dump per PBX and its files (downloadable), and offers the backup, which downloads.
     */
    @Test
    void storageScreen() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        RawDumpPolicy smallFiles = new RawDumpPolicy(RawDumpPolicy.defaults().keep(), RawDumpPolicy.defaults().rotateEvery(), 300);
        try (Journal journal = Journal.open(JournalConfig.defaults(data.resolve("storage-journal")), () -> 0L);
             RawDumpWriter writer = RawDumpWriter.start(journal, new RawDumpFiles(data.resolve("rawdump")),
                     pbx -> smallFiles, () -> 0L)) {
            journal.append("avaya-branch", IntStream.rangeClosed(1, 25)
                    .mapToObj(i -> Frame.of(("call " + i).getBytes(StandardCharsets.ISO_8859_1))).toList());
            Poll.until("the raw dump to copy the journal", () -> writer.position() >= journal.writtenPosition());
        }
        WebDriverWait wait = logIn();
        browser.findElement(By.cssSelector("nav a[href='#/storage']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("storage")));
        assertEquals("h2", browser.findElement(By.id("storage-dialect")).getText());
        assertEquals("ONLINE", browser.findElement(By.id("storage-mode")).getText());
        assertEquals("0", browser.findElement(By.id("storage-backlog")).getText());
        assertEquals("0", browser.findElement(By.id("storage-lag")).getText());

        browser.findElement(By.cssSelector("[data-rawdump-pbx='avaya-branch']")).click();
        List<WebElement> links = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#rawdump-files a[download]"), 1));
        Object downloaded = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done);", links.get(0).getAttribute("href"));
        assertTrue(downloaded.toString().contains("\t1\t1\tcall 1\n"), "the first file holds the first record as received: " + downloaded);
        Object backup = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('backup-download').href).then(r => done(r.status + ' ' + r.headers.get('content-type')));");
        assertEquals("200 application/zip", backup);
    }

    /**
     * Dashboard (issue 7): with a call of Bob's on 10 November (the server's clock is 24 November),
     * this month has more calls than today, its cost and savings in CNY, a bar per hour today and
     * per day this month, and Bob among the top users.
     */
    private void seeTheMonthAndItsCharts(WebDriverWait wait) {
        web.db.cdrStore().write(new StoreBatch(List.of(WebFixture.call(5000, "2002", Instant.parse("2026-11-10T04:00:00Z"),
                CallClass.MOBILE)), List.of(), 5000)); // stored once: the second walk's write is a duplicate key
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-day-calls")));
        long today = Long.parseLong(browser.findElement(By.id("today-calls")).getText());
        long month = Long.parseLong(browser.findElement(By.id("month-calls")).getText());
        assertTrue(month > today, "this month " + month + " includes today " + today + " and 10 November");
        assertTrue(browser.findElement(By.id("month-cost")).getText().matches("\\d+\\.\\d{2} CNY"),
                browser.findElement(By.id("month-cost")).getText());
        assertTrue(browser.findElement(By.id("month-savings")).getText().endsWith(" CNY"));
        assertEquals(24, browser.findElements(By.cssSelector("#chart-hour-calls rect.bar")).size(), "a bar per hour");
        WebElement days = browser.findElement(By.id("chart-day-calls"));
        int points = Integer.parseInt(days.getAttribute("data-points"));
        assertTrue(points >= 10, "1 November to today: " + points);
        assertEquals(points, days.findElements(By.cssSelector("rect.bar")).size());
        Object tallest = ((JavascriptExecutor) browser).executeScript("return Math.max(...[...document"
                + ".querySelectorAll('#chart-day-calls rect.bar')].map(r => r.getBoundingClientRect().height))");
        assertTrue(((Number) tallest).doubleValue() > 50, "the busiest day's bar is drawn: " + tallest);
        assertTrue(browser.findElement(By.id("users-bars")).getText().contains("Bob"));
    }

    /** Logs in as admin from a browser that remembers nothing, and waits for the dashboard. */
    private WebDriverWait logIn() {
        return logIn("admin");
    }

    /** Logs in as {@code login} from a browser that remembers nothing, and waits for the dashboard. */
    private WebDriverWait logIn(String login) {
        browser.get(base + "#/dashboard");
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear(); localStorage.clear();");
        browser.navigate().refresh(); // one load with nothing remembered, so the login form is drawn once
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        form.findElement(By.name("login")).sendKeys(login);
        form.findElement(By.name("password")).sendKeys(WebFixture.PASSWORD);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
        return wait;
    }

    /** A remote unit as {@code /api/v1/remote-units} lists it (the fields of the server's RemoteUnitWatch). */
    private static Map<String, Object> unit(String pbx, String state, int sessions, long records, String lastHeardAt,
            boolean silent, String lastError, Map<String, Object> reported) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("pbx", pbx);
        unit.put("state", state);
        unit.put("sessions", sessions);
        unit.put("records", records);
        unit.put("duplicatesDropped", 7);
        unit.put("lastRecordAt", lastHeardAt);
        unit.put("lastHeardAt", lastHeardAt);
        unit.put("silent", silent);
        unit.put("silentAfterSeconds", 300);
        unit.put("refusedSessions", 2);
        unit.put("lastError", lastError);
        unit.put("reported", reported);
        return unit;
    }

    /**
     * The remote-units screen lists one row per unit with what the unit reported of itself (its
     * backlog; nothing for a unit that never reported), marks the silent one ("silent since" its last
     * contact) and not the healthy one, and follows a unit falling silent within its 2-s refresh; the
     * dashboard warns about the silent unit.
     */
    @Test
    void remoteUnitsScreen() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        Map<String, Object> report = new LinkedHashMap<>(Map.of("backlog", 25, "journaled", 1_000_025,
                "acknowledged", 1_000_000, "connector", "CONNECTED", "at", Instant.now().toString()));
        report.put("lastError", "local PBX reset the link");
        Map<String, Object> shanghai = unit("ru-shanghai", "CONNECTED", 1, 1_000_000, Instant.now().toString(), false, null,
                report);
        Map<String, Object> beijing = unit("ru-beijing", "LISTENING", 0, 4_321, "2026-11-24T09:30:00Z", true,
                "RSP refused ru-beijing: wrong pre-shared key", null); // a unit from before status reports
        try {
            web.remoteUnits.set(List.of(shanghai, beijing));
            web.health.set(Map.of("status", "UP", "remoteUnits", List.of(shanghai, beijing)));
            WebDriverWait wait = logIn();
            WebElement warning = browser.findElement(By.cssSelector("[data-unit-warning='ru-beijing']"));
            assertTrue(warning.getText().contains("silent since"), warning.getText());
            assertTrue(browser.findElements(By.cssSelector("[data-unit-warning='ru-shanghai']")).isEmpty());

            browser.findElement(By.cssSelector("nav a[href='#/remote-units']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("remote-units")));
            assertEquals(2, browser.findElements(By.cssSelector("#unit-rows tbody tr")).size());
            WebElement healthy = browser.findElement(By.cssSelector("tr[data-unit='ru-shanghai']"));
            assertTrue(healthy.getText().contains("1000000"), healthy.getText());
            assertEquals("CONNECTED", healthy.findElement(By.cssSelector("[data-unit-state='ru-shanghai']")).getText());
            assertFalse(healthy.getAttribute("class").contains("silent"));
            assertEquals("25", healthy.findElement(By.cssSelector("[data-unit-backlog='ru-shanghai']")).getText(),
                    "the backlog the unit reported");
            assertTrue(healthy.getText().contains("local PBX reset the link"), healthy.getText());
            assertTrue(healthy.findElements(By.cssSelector("[data-unit-silent]")).isEmpty());
            WebElement quiet = browser.findElement(By.cssSelector("tr[data-unit='ru-beijing']"));
            assertTrue(quiet.getAttribute("class").contains("silent"));
            assertTrue(quiet.findElement(By.cssSelector("[data-unit-silent='ru-beijing']")).getText().contains("silent since") && quiet.getText().contains("2026"),
                    quiet.getText());
            assertTrue(quiet.getText().contains("wrong pre-shared key"), quiet.getText());
            assertTrue(quiet.findElements(By.cssSelector("[data-unit-backlog]")).isEmpty(), "no report, no backlog shown");

            web.remoteUnits.set(List.of(unit("ru-shanghai", "LISTENING", 0, 1_000_000, "2026-11-24T10:00:00Z", true, null,
                    report), beijing));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-unit-silent='ru-shanghai']")));
        } finally {
            web.remoteUnits.set(List.of());
            web.health.set(web.healthy());
        }
    }

    /**
     * The cluster screen (issue 10): a single server says it runs single-node and owns its PBX;
     * a clustered node, within the screen's 2-s refresh, shows its nodes with the leader, who owns
     * which PBX at which epoch and the failover of the node that left, in Chinese too, in the dark
     * theme and at a phone's width.
     */
    @Test
    void clusterScreen() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        try {
            WebDriverWait wait = logIn();
            browser.findElement(By.cssSelector("nav a[href='#/cluster']")).click();
            WebElement single = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cluster-single")));
            assertTrue(single.getText().contains("single-node"), single.getText());
            assertEquals("bw-1", browser.findElement(By.id("cluster-leader")).getText());
            assertTrue(browser.findElement(By.cssSelector("tr[data-cluster-pbx='hq']")).getText().contains("bw-1"));
            assertTrue(browser.findElements(By.id("cluster-changes")).isEmpty(), "no history on a single server");
            assertFalse(browser.findElement(By.id("cluster")).getText().contains("null"), "no part left out shows");

            web.cluster.set(WebFixture.clustered());
            WebElement failover = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("tr[data-cluster-change='cucm']")));
            assertTrue(browser.findElements(By.id("cluster-single")).isEmpty());
            assertTrue(failover.getAttribute("class").contains("failover"));
            assertTrue(failover.getText().contains("bw-3") && failover.getText().contains("bw-2")
                    && failover.getText().contains("7") && failover.getText().contains("failover: its node left"),
                    failover.getText());
            WebElement joined = browser.findElement(By.cssSelector("tr[data-cluster-change='hotel']"));
            assertFalse(joined.getAttribute("class").contains("failover"), "a node joining is no failover");
            assertEquals("1", browser.findElement(By.id("cluster-failovers")).getText());
            assertFalse(browser.findElement(By.id("cluster")).getText().contains("null"), "no part left out shows");
            assertEquals("paris", browser.findElement(By.id("cluster-group")).getText());
            assertEquals(List.of("bw-1", "bw-2"), browser.findElements(By.cssSelector("tr[data-cluster-node]")).stream()
                    .map(r -> r.getAttribute("data-cluster-node")).toList());
            WebElement leader = browser.findElement(By.cssSelector("tr[data-cluster-node='bw-1']"));
            assertTrue(leader.getAttribute("class").contains("leader") && leader.getText().contains("leader"),
                    leader.getText());
            assertTrue(browser.findElement(By.cssSelector("tr[data-cluster-node='bw-2']")).getText().endsWith("2"),
                    "bw-2 owns two PBXs");
            WebElement cucm = browser.findElement(By.cssSelector("tr[data-cluster-pbx='cucm']"));
            assertTrue(cucm.getText().contains("bw-2") && cucm.getText().endsWith("7"), cucm.getText());

            browser.findElement(By.id("lang")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cluster"), "故障切换：原节点离开"));
            browser.findElement(By.id("lang")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cluster"), "failover: its node left"));
            browser.findElement(By.id("theme")).click();
            assertEquals("dark", browser.findElement(By.tagName("html")).getAttribute("data-theme"));
            browser.findElement(By.id("theme")).click();

            browser.manage().window().setSize(new Dimension(375, 740));
            assertTrue(browser.findElement(By.cssSelector("tr[data-cluster-change='cucm']")).isDisplayed());
            assertNothingWiderThanTheWindow();
        } finally {
            web.cluster.set(WebFixture.singleNode());
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private void walkThrough(TariffChange tariff) throws Exception {
        WebDriverWait wait = logIn();
        assertTrue(Integer.parseInt(browser.findElement(By.id("today-calls")).getText()) >= 4, "today's calls");
        seeTheMonthAndItsCharts(wait);
        assertEquals("UP", browser.findElement(By.id("server-status")).getText());
        assertEquals("0", browser.findElement(By.id("pipeline-lag")).getText());

        browser.get(base + "#/live");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("live")));
        String caller = "8" + (System.nanoTime() % 100_000);
        web.live.accept(List.of(WebFixture.call(900, caller, Instant.now(), CallClass.MOBILE)));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-rows"), caller));

        browser.get(base + "#/cdrs");
        WebElement filters = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cdr-filters")));
        filters.findElement(By.name("extension")).sendKeys("3001");
        new Select(filters.findElement(By.name("sort"))).selectByValue("-start");
        filters.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cdr-total"), "4 "));
        List<WebElement> rows = browser.findElements(By.cssSelector("#cdr-rows tr"));
        assertEquals(4, rows.size());
        rows.forEach(r -> assertTrue(r.getText().contains("3001"), r.getText()));

        rows.get(0).click();
        WebElement rating = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating")));
        assertEquals("NATIONAL", rating.findElement(By.id("rating-class")).getText());
        assertEquals("30.30 CNY", rating.findElement(By.id("rating-cost")).getText(), "call 101 costs 30 x 101 fen");
        assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trace-differs"))).getText()
                .contains("30.30 CNY"), "made-up prices differ from what the model says");

        changeTariff(wait, tariff);
        stopAndStartTheConnector(wait);
        createAnOperator(wait, "night-" + tariff.sequence());
        showCallQuality(wait, tariff.sequence() * 10);
        useTheCompanyScreen(wait, tariff.sequence());
        useTheLayoutsScreen(wait);
        browser.get(base + "#/sites");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("textarea[data-site='hq']")));
        browser.get(base + "#/cdrs/hq/" + tariff.sequence());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating")));

        browser.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rating"), "计费说明"));
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rating"), "Rating explanation"));

        browser.findElement(By.id("theme")).click();
        assertEquals("dark", browser.findElement(By.tagName("html")).getAttribute("data-theme"));
        browser.findElement(By.id("theme")).click();
        assertEquals("light", browser.findElement(By.tagName("html")).getAttribute("data-theme"));
    }
}
