package org.bluewhale.server;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bluewhale.reports.calls.FilterTerms;
import org.bluewhale.reports.export.ReportFormat;
import org.bluewhale.reports.schedule.Every;
import org.bluewhale.reports.schedule.ReportScheduler;
import org.bluewhale.reports.schedule.ScheduledReport;
import org.bluewhale.reports.schedule.SmtpMailer;
import org.bluewhale.reports.spi.ReportService;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ConfigException;
import org.bluewhale.server.config.ServerKeys;

/**
 * The {@code report.<id>.*} schedules of the configuration, checked at start and every minute on
 * a daemon thread of their own; a report is made once its period is over (docs/reports.md).
 */
final class ReportSchedules implements AutoCloseable {

    private final ScheduledExecutorService timer;

    private ReportSchedules(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Null when no schedule is configured. */
    static ReportSchedules start(Config config, ReportService reports, Path dataDir, Clock clock) {
        List<ScheduledReport> schedules = schedules(config, reports);
        if (schedules.isEmpty()) {
            return null;
        }
        String folder = config.get(ServerKeys.REPORTS_FOLDER);
        ReportScheduler scheduler = new ReportScheduler(reports, schedules,
                folder.isBlank() ? dataDir.resolve("reports") : Path.of(folder), mailer(config), clock);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "report-schedule");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(scheduler::runDue, 0, 1, TimeUnit.MINUTES);
        return new ReportSchedules(timer);
    }

    /** Every schedule, checked now: a mistake stops the start rather than a report going missing at month end. */
    static List<ScheduledReport> schedules(Config config, ReportService reports) {
        List<ScheduledReport> schedules = new ArrayList<>();
        for (String id : config.ids("report")) {
            try {
                String name = config.get(ServerKeys.REPORT_NAME.forId(id));
                reports.catalogue().get(name);
                schedules.add(new ScheduledReport(id, name, Every.of(config.get(ServerKeys.REPORT_EVERY.forId(id))),
                        config.get(ServerKeys.REPORT_ZONE.forId(id)),
                        ReportFormat.of(config.get(ServerKeys.REPORT_FORMAT.forId(id))),
                        blankToNull(config.get(ServerKeys.REPORT_CURRENCY.forId(id))),
                        options(config.get(ServerKeys.REPORT_OPTIONS.forId(id))),
                        List.copyOf(FilterTerms.list(List.of(config.get(ServerKeys.REPORT_MAIL_TO.forId(id)))))));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("report." + id + ": " + e.getMessage());
            }
        }
        return schedules;
    }

    private static SmtpMailer mailer(Config config) {
        String host = config.get(ServerKeys.SMTP_HOST);
        if (host.isBlank()) {
            return null;
        }
        String startTls = config.get(ServerKeys.SMTP_STARTTLS).trim();
        if (!startTls.equals("on") && !startTls.equals("off")) {
            throw new ConfigException(ServerKeys.SMTP_STARTTLS.name() + " must be on or off, got '" + startTls + "'");
        }
        return new SmtpMailer(new SmtpMailer.Settings(host.trim(), config.get(ServerKeys.SMTP_PORT),
                config.get(ServerKeys.SMTP_FROM), config.get(ServerKeys.SMTP_USER), config.get(ServerKeys.SMTP_PASSWORD),
                startTls.equals("on")));
    }

    private static Map<String, String> options(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : Arrays.stream(text.split(";")).map(String::trim).filter(p -> !p.isEmpty()).toList()) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("option '" + pair + "' is not NAME=VALUE");
            }
            options.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return options;
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.trim();
    }

    /** Stops the checks; a report being written finishes (its file appears whole or not at all). */
    @Override
    public void close() {
        timer.shutdown();
    }
}
