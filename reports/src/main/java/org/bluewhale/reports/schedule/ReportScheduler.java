package org.bluewhale.reports.schedule;

import jakarta.mail.MessagingException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportPeriod;
import org.bluewhale.reports.calls.CallFilter;
import org.bluewhale.reports.spi.ReportRequest;
import org.bluewhale.reports.spi.ReportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the scheduled reports whose last period is not yet in the folder: each is written to a
 * temporary file and renamed into place, so the folder never holds half a report and a report is
 * made once per period, also across restarts and crashes. A mailed report gets a {@code .sent}
 * mark once the SMTP server has taken it; a crash between the two sends it again on the next run
 * (a report mailed twice rather than never). A failure of one schedule (no SMTP server, a report
 * in several currencies) is logged and retried on the next run; the others go on.
 */
public final class ReportScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReportScheduler.class);

    private final ReportService reports;
    private final List<ScheduledReport> schedules;
    private final Path folder;
    private final SmtpMailer mailer;
    private final Clock clock;

    /** @param mailer null when no SMTP server is configured (schedules that mail someone then fail) */
    public ReportScheduler(ReportService reports, List<ScheduledReport> schedules, Path folder, SmtpMailer mailer,
                           Clock clock) {
        this.reports = reports;
        this.schedules = List.copyOf(schedules);
        this.folder = folder;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** The file of a schedule's period: {@code <id>-<first day>.<format>}. */
    public Path fileOf(ScheduledReport schedule, ReportPeriod period) {
        return folder.resolve(schedule.id() + "-" + period.from().atZone(period.zone()).toLocalDate() + "."
                + schedule.format().extension());
    }

    /** Makes (and mails) what is due now; returns the files made or mailed in this run. */
    public List<Path> runDue() {
        List<Path> done = new ArrayList<>();
        for (ScheduledReport schedule : schedules) {
            try {
                ReportPeriod period = schedule.every().lastPeriod(ZonedDateTime.now(clock), schedule.zone());
                Path file = fileOf(schedule, period);
                if (!Files.exists(file)) {
                    write(schedule, period, file);
                    done.add(file);
                }
                if (mail(schedule, period, file) && !done.contains(file)) {
                    done.add(file);
                }
            } catch (IOException | MessagingException | RuntimeException e) {
                log.warn("scheduled report {} ({}) failed, retried on the next run: {}", schedule.id(), schedule.report(),
                        e.getMessage());
            }
        }
        return done;
    }

    private void write(ScheduledReport schedule, ReportPeriod period, Path file) throws IOException {
        CallFilter filter = CallFilter.of(period).withCurrency(schedule.currency());
        Report report = reports.build(schedule.report(), new ReportRequest(filter, Instant.now(clock),
                "schedule " + schedule.id(), schedule.options()));
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "." + schedule.id() + "-", ".partial");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                schedule.format().exporter(false).export(report, out);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        log.info("scheduled report {} {} written to {}", schedule.id(), period.describe(), file);
    }

    private boolean mail(ScheduledReport schedule, ReportPeriod period, Path file)
            throws IOException, MessagingException {
        Path sent = file.resolveSibling(file.getFileName() + ".sent");
        if (schedule.mailTo().isEmpty() || Files.exists(sent)) {
            return false;
        }
        if (mailer == null) {
            throw new IllegalStateException("it is mailed to " + schedule.mailTo() + " but smtp.host is not set");
        }
        mailer.send(schedule.mailTo(), "Bluewhale " + schedule.report() + " " + period.describe(),
                "The " + schedule.report() + " report " + period.describe() + " is attached.\n", file,
                schedule.format().mediaType());
        Files.writeString(sent, Instant.now(clock) + " " + String.join(", ", schedule.mailTo()) + "\n");
        return true;
    }
}
