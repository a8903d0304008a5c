package org.bluewhale.reports.standard;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.reports.ReportPeriod;
import org.bluewhale.store.Database;
import org.bluewhale.store.org.Department;
import org.bluewhale.store.org.OrgRepository;

/**
 * A small company with its calls for the reports' tests: Sales (with 华东销售 below it) and
 * Finance in Shanghai, billed in CNY by two carriers, and a Paris PBX billed in EUR; outgoing,
 * inbound (some unanswered) and inbound toll-free calls from late October to early December, so
 * that November in Shanghai time cuts through the data.
 */
final class ReportCompany {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Currency CNY = Currency.getInstance("CNY");
    static final Currency EUR = Currency.getInstance("EUR");
    /** November 2026 in Shanghai. */
    static final ReportPeriod NOVEMBER = new ReportPeriod(Instant.parse("2026-10-31T16:00:00Z"),
            Instant.parse("2026-11-30T16:00:00Z"), SHANGHAI);
    static final String[] EXTENSIONS = {"2001", "2002", "2003", "2004", "2999"};
    private static final CallClass[] OUT = {CallClass.LOCAL, CallClass.NATIONAL, CallClass.MOBILE,
            CallClass.INTERNATIONAL, CallClass.INTERNAL};

    final Department sales;
    final Department east;
    final Department finance;

    ReportCompany(Database db, int calls) {
        OrgRepository org = db.orgRepository();
        Instant since = Instant.parse("2026-01-01T00:00:00Z");
        sales = org.addDepartment("Sales", null);
        east = org.addDepartment("华东销售", sales.id());
        finance = org.addDepartment("Finance", null);
        org.assignExtension("2001", org.addUser("王伟", east.id()).id(), since);
        org.assignExtension("2002", org.addUser("Alice", sales.id()).id(), since);
        org.assignExtension("2003", org.addUser("Bob", finance.id()).id(), since);
        org.assignExtension("2004", org.addUser("=SUM(A1)", finance.id()).id(), since); // a name a spreadsheet would run
        db.cdrStore().registerPbx(new PbxDescriptor("shanghai-1", "shanghai", "avaya-unformatted", SHANGHAI));
        db.cdrStore().registerPbx(new PbxDescriptor("paris-1", "paris", "avaya-unformatted", ZoneId.of("Europe/Paris")));
        SplittableRandom random = new SplittableRandom(8);
        List<RatedCall> rated = new ArrayList<>();
        long start = Instant.parse("2026-10-25T00:00:00Z").toEpochMilli();
        for (int i = 1; i <= calls; i++) {
            start += random.nextLong(40 * 86_400_000L / calls * 2);
            boolean paris = random.nextInt(10) == 0;
            rated.add(call(random, paris ? "paris-1" : "shanghai-1", i, Instant.ofEpochMilli(start), paris));
        }
        db.cdrStore().write(new StoreBatch(rated, List.of(), calls));
    }

    private static RatedCall call(SplittableRandom random, String pbx, long sequence, Instant start, boolean paris) {
        String extension = EXTENSIONS[random.nextInt(EXTENSIONS.length)];
        int kind = random.nextInt(10);
        Direction direction = kind < 6 ? Direction.OUTGOING : Direction.INCOMING;
        CallClass callClass = kind < 6 ? OUT[random.nextInt(OUT.length)]
                : kind == 9 ? CallClass.INBOUND_TOLLFREE : CallClass.INBOUND;
        int duration = kind == 7 && random.nextBoolean() ? 0 : random.nextInt(1, 1_800);
        String outside = "1380013" + (1000 + random.nextInt(40));
        String calling = direction == Direction.INCOMING ? outside : extension;
        String dialed = direction == Direction.INCOMING ? (callClass == CallClass.INBOUND_TOLLFREE ? "4008001234" : extension)
                : outside;
        String trunk = callClass == CallClass.INTERNAL ? "" : "T0" + random.nextInt(1, 4);
        CallLeg leg = new CallLeg(pbx, sequence, sequence, start, paris ? ZoneId.of("Europe/Paris") : SHANGHAI, duration,
                random.nextInt(0, 30), calling, dialed, direction, "", "", "",
                direction == Direction.INCOMING ? trunk : "", direction == Direction.INCOMING ? "" : trunk, "", "", "",
                "", "", "");
        boolean voip = random.nextInt(3) == 0;
        long cost = callClass == CallClass.INTERNAL || callClass == CallClass.INBOUND || duration == 0 ? 0
                : random.nextLong(1, 5_000);
        long reference = voip ? cost + random.nextLong(0, 900) : cost;
        String tariff = paris ? "orange/pro@2026-01-01T00:00:00Z/fr" : (voip ? "voip" : "telecom")
                + "/business@2026-01-01T00:00:00Z/" + callClass.name().toLowerCase();
        Currency currency = paris ? EUR : CNY;
        return new RatedCall(leg, callClass, duration, new Money(cost, currency), tariff, new Money(reference, currency));
    }
}
