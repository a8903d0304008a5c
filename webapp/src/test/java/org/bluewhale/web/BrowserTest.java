package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
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
 * explanation, change a tariff and see the next call rated with the new price, switch language and
 * theme; at a desktop and a 375-px phone width; the banner while the main database is down. Any error in the
 * browser console fails the test.
 */
class BrowserTest {

    @TempDir
    static Path data;

    private static WebFixture web;
    private static WebDriver browser;
    private static String base;

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

    @AfterEach
    void noConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), errors, "browser console errors");
    }

    @Test
    void desktop() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        walkThrough(new TariffChange("1.00", 1001, "1.10 CNY"));
    }

    @Test
    void phone() {
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

    private void walkThrough(TariffChange tariff) {
        browser.get(base + "#/dashboard");
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear(); localStorage.clear();");
        browser.navigate().refresh(); // one load with nothing remembered, so the login form is drawn once
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        form.findElement(By.name("login")).sendKeys("admin");
        form.findElement(By.name("password")).sendKeys(WebFixture.PASSWORD);
        form.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
        assertTrue(Integer.parseInt(browser.findElement(By.id("today-calls")).getText()) >= 4, "today's calls");
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

        changeTariff(wait, tariff);
        stopAndStartTheConnector(wait);
        createAnOperator(wait, "night-" + tariff.sequence());
        showCallQuality(wait, tariff.sequence() * 10);
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
