package org.bluewhale.reports.standard;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.bluewhale.core.Direction;
import org.bluewhale.reports.CallTypeTitles;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.ReportRow;
import org.bluewhale.reports.calls.CallSource;
import org.bluewhale.reports.calls.ReportedCall;
import org.bluewhale.reports.spi.ReportDefinition;
import org.bluewhale.reports.spi.ReportRequest;

/**
 * Every call of each person (option {@code user}: one person by name), by department and person,
 * in start order, with a subtotal closing each person and a total. The calls are held in memory
 * to be sorted and totalled before the first row: narrow a statement to a department or a person
 * rather than ask for millions of calls.
 */
public final class UserStatement implements ReportDefinition {

    private static final List<ReportColumn> COLUMNS = List.of(ReportColumn.text("Department"),
            ReportColumn.text("User"), ReportColumn.text("Start"), ReportColumn.text("Extension"),
            ReportColumn.text("Other party"), ReportColumn.text("Direction"), ReportColumn.text("Call type"),
            ReportColumn.duration("Duration"), ReportColumn.money("Cost"));

    @Override
    public String name() {
        return "user-statement";
    }

    @Override
    public String description() {
        return "every call of each person (option user: one person), with a subtotal per person";
    }

    @Override
    public Report build(ReportRequest request, CallSource calls) {
        String user = request.option("user", null);
        Currency currency = calls.currency(request.filter());
        List<ReportedCall> found = new ArrayList<>();
        calls.forEach(request.filter(), CallSource.Order.START, call -> {
            if (user == null || user.equals(call.user())) {
                found.add(call);
            }
        });
        found.sort(Comparator.comparing((ReportedCall c) -> Keys.department(c.departmentPath()))
                .thenComparing(c -> Keys.user(c.user())).thenComparing(ReportedCall::start)
                .thenComparingLong(ReportedCall::key));
        ZoneId zone = request.filter().period().zone();
        int decimals = ReportHeader.decimals(currency);
        List<ReportRow> rows = new ArrayList<>();
        Tally total = new Tally(false, zone);
        Tally person = null;
        List<String> current = null;
        for (ReportedCall call : found) {
            List<String> who = List.of(Keys.department(call.departmentPath()), Keys.user(call.user()));
            if (!who.equals(current)) {
                if (person != null) {
                    rows.add(subtotal(current, person, decimals));
                }
                current = who;
                person = new Tally(false, zone);
            }
            rows.add(ReportRow.detail(who.get(0), who.get(1), Keys.local(call, zone, Keys.SECOND),
                    call.extension(), call.direction() == Direction.INCOMING ? call.calling()
                            : call.dialed(), call.direction().name().toLowerCase(Locale.ROOT),
                    CallTypeTitles.of(call.callClass()), (long) call.durationSeconds(),
                    Measure.money(call.costMinor(), decimals)));
            person.add(call);
            total.add(call);
        }
        if (person != null) {
            rows.add(subtotal(current, person, decimals));
        }
        rows.add(ReportRow.total("Total", "", "", "", "", "", "", total.seconds, Measure.money(total.costMinor,
                decimals)));
        return new Report("Itemised statement", ReportHeader.of(request, currency, total), COLUMNS, rows, decimals);
    }

    private static ReportRow subtotal(List<String> who, Tally person, int decimals) {
        return ReportRow.subtotal(who.get(0), who.get(1) + " subtotal", "", "", "", "", "", person.seconds,
                Measure.money(person.costMinor, decimals));
    }
}
