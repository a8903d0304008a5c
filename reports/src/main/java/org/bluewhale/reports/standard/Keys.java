package org.bluewhale.reports.standard;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.calls.ReportedCall;

/** The texts reports group and label calls by, the same in every report. */
public final class Keys {

    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    public static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:00");
    public static final DateTimeFormatter HOUR_OF_DAY = DateTimeFormatter.ofPattern("HH:00");
    public static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The extension, its holder and their department, as three key columns. */
    public static final List<ReportColumn> EXTENSION_COLUMNS = List.of(ReportColumn.text("Extension"),
            ReportColumn.text("User"), ReportColumn.text("Department"));

    private Keys() {
    }

    /** {@code Company\Logistics}; calls nobody is charged for have a department of their own. */
    public static String department(List<String> path) {
        return path.isEmpty() ? "(not charged to a department)" : String.join("\\", path);
    }

    public static String user(String name) {
        return name.isEmpty() ? "(no one)" : name;
    }

    public static List<String> extension(ReportedCall call) {
        return List.of(orNone(call.extension()), user(call.user()), department(call.departmentPath()));
    }

    /** The call's start in the report's zone, formatted. */
    public static String local(ReportedCall call, ZoneId zone, DateTimeFormatter format) {
        return format.format(call.start().atZone(zone));
    }

    public static String orNone(String text) {
        return text.isEmpty() ? "(none)" : text;
    }
}
