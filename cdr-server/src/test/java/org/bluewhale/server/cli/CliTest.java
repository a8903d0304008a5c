package org.bluewhale.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bluewhale.connectors.tcp.TcpListenConnector;
import org.bluewhale.core.journal.Frame;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.rating.RatingConfig;
import org.bluewhale.server.AvayaLines;
import org.bluewhale.server.BluewhaleServer;
import org.bluewhale.server.Engine;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.demo.DemoSetup;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.StoredCdr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user types it: replay a file, read the CDRs back as CSV and JSON. */
class CliTest {

    @TempDir
    Path dir;

    private String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run(args), "exit code of " + String.join(" ", args));
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void replayIsIdempotentAndCdrsPrintsWhatWasStored() throws IOException {
        String bad = AvayaLines.text("021126 09xx", 125, "7", "9", "2001", "62345678");
        Path file = dir.resolve("dump.txt");
        Files.writeString(file, String.join("\r\n",
                AvayaLines.text("021126 0930", 125, "7", "9", "2001", "62345678"),
                AvayaLines.text("021126 0931", 61, "7", "9", "2002", "13912345678"),
                bad,
                AvayaLines.text("021126 0932", 300, "9", "", "64498852", "2003")) + "\r\n");
        Path config = dir.resolve("bluewhale.properties");
        try (InputStream demo = RatingConfig.class.getResourceAsStream("demo-rating.properties")) {
            Files.write(config, demo.readAllBytes());
        }
        Path data = dir.resolve("data");
        String[] replay = {"replay", "--config", config.toString(), "--data", data.toString(), "--pbx", "avaya-hq",
            "--format", "avaya-unformatted", "--zone", "Asia/Shanghai", "--site", "hq", file.toString()};

        String first = run(replay);
        assertTrue(first.contains("records: 4, stored: 3, quarantined: 1"), first);
        String second = run(replay);
        assertTrue(second.contains("records: 4, stored: 3, quarantined: 1"), second);

        List<String> csv = run("cdrs", "--data", data.toString()).lines().toList();
        assertEquals(4, csv.size(), "header and three calls: " + csv);
        assertTrue(csv.get(0).startsWith("pbx,sequence,start,startLocal,zone,"), csv.get(0));
        assertTrue(csv.get(1).startsWith("avaya-hq,1,2026-11-02T01:30:00Z,2026-11-02T09:30+08:00,Asia/Shanghai,125,"),
                csv.get(1));
        assertTrue(csv.get(1).endsWith(",180,0.30,CNY,hq/LOCAL,0.30,0.00,avaya-hq:#1,2001,false"),
                "125 s local at 0.10 per 60/60 bills 180 s; no reference carrier, so no saving; a call of its own "
                + "paid by 2001: " + csv.get(1));

        JsonNode json = new ObjectMapper().readTree(run("cdrs", "--data", data.toString(), "--format", "json",
                "--from", "2026-11-02T01:31:00Z"));
        assertEquals(2, json.size());
        assertEquals("MOBILE", json.get(0).get("callClass").asText());
        assertEquals("0.30", json.get(0).get("cost").asText(), "61 s at 0.15 CNY per 60/60 bills two minutes");
        assertEquals("INBOUND", json.get(1).get("callClass").asText());
        assertEquals("0.00", json.get(1).get("cost").asText());
    }

    @Test
    void theDepartmentSummaryReconcilesWithTheStoredCallsInEveryFormat() throws IOException {
        Path file = dir.resolve("dump.txt");
        Files.writeString(file, String.join("\r\n",
                AvayaLines.text("021126 0930", 125, "7", "9", "2001", "62345678"),
                AvayaLines.text("021126 0931", 61, "7", "9", "2002", "13912345678"),
                AvayaLines.text("301126 2359", 30, "7", "9", "2002", "13912345678"),
                AvayaLines.text("011226 0001", 3600, "7", "9", "2001", "13912345678")) + "\r\n");
        Path data = dir.resolve("data");
        run("replay", "--data", data.toString(), "--pbx", "avaya-hq", "--format", "avaya-unformatted",
                "--zone", "Asia/Shanghai", file.toString());
        JsonNode stored = new ObjectMapper().readTree(run("cdrs", "--data", data.toString(), "--format", "json",
                "--from", "2026-10-31T16:00:00Z", "--to", "2026-11-30T16:00:00Z"));
        assertEquals(3, stored.size(), "November in Shanghai: the call at 00:01 on 1 December is not in it");
        java.math.BigDecimal cost = java.math.BigDecimal.ZERO;
        java.math.BigDecimal savings = java.math.BigDecimal.ZERO;
        long seconds = 0;
        for (JsonNode cdr : stored) {
            seconds += cdr.get("durationSeconds").asLong();
            cost = cost.add(new java.math.BigDecimal(cdr.get("cost").asText()));
            savings = savings.add(new java.math.BigDecimal(cdr.get("savings").asText()));
        }
        String[] period = {"--data", data.toString(), "--from", "2026-11-01", "--to", "2026-11-30", "--zone", "Asia/Shanghai"};

        Path xlsx = dir.resolve("november.xlsx");
        String said = run(concat(new String[] {"report", "department-summary", "--format", "xlsx", "--out", xlsx.toString()}, period));
        assertTrue(said.contains("from 2026-11-01 00:00:00 UTC+0800 to 2026-11-30 23:59:59 UTC+0800"), said);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertEquals("3", sheet.getRow(4).getCell(1).getStringCellValue(), "Total calls");
            var total = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Total", total.getCell(0).getStringCellValue());
            assertEquals(cost.doubleValue(), total.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(savings.doubleValue(), total.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(3.0, total.getCell(4).getNumericCellValue());
        }
        Path json = dir.resolve("november.json");
        run(concat(new String[] {"report", "department-summary", "--format", "json", "--out", json.toString()}, period));
        JsonNode rows = new ObjectMapper().readTree(json.toFile()).get("rows");
        JsonNode totalRow = rows.get(rows.size() - 1);
        assertEquals(0, cost.compareTo(totalRow.get("cells").get(2).decimalValue()));
        assertEquals(seconds, totalRow.get("cells").get(5).asLong());
        assertEquals(125 + 61 + 30, seconds);

        // any report, with a filter and its options: the costliest number called, then the rest as one row
        Path top = dir.resolve("top.csv");
        run(concat(new String[] {"report", "top-destinations", "--pbx", "avaya-hq", "--option", "limit=1",
                "--format", "csv", "--out", top.toString()}, period));
        java.util.List<String> lines = Files.readAllLines(top);
        assertTrue(lines.contains("Filters,PBXs avaya-hq"), lines.toString());
        assertTrue(lines.contains("Total calls,3"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("(1 others),,")), "two numbers called: " + lines);
        assertEquals("Total,,3,0D 00:03:36," + cost.setScale(2).toPlainString(), lines.get(lines.size() - 1),
                "216 s and the stored calls' cost");
        org.junit.jupiter.api.Assertions.assertNotEquals(0, Main.run(concat(
                new String[] {"report", "horoscope", "--format", "csv", "--out", top.toString()}, period)));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void replayReadsAPbxWithItsOwnLayoutFileAndQuarantinesWhatItCannotRead() throws IOException {
        Path layout = dir.resolve("hotel.json");
        Files.writeString(layout, """
                { "name": "hotel", "kind": "delimited", "delimiter": "|", "columns": ["start", "secs", "room", "number"],
                  "fields": { "start": "start", "duration": "secs", "calling": "room", "dialed": "number" },
                  "formats": { "start": "dd/MM/yyyy HH:mm" },
                  "directions": {} }
                """);
        Path file = dir.resolve("hotel.txt");
        Files.writeString(file, "02/11/2026 09:30|125|8012|62345678\r\n02/11/2026 9.31|61|8013|13912345678\r\n"
                + "02/11/2026 09:32|61|8013|13912345678\r\n");
        Path config = dir.resolve("bluewhale.properties");
        try (InputStream demo = RatingConfig.class.getResourceAsStream("demo-rating.properties")) {
            Files.write(config, demo.readAllBytes());
        }
        Files.writeString(config, "\npbx.hotel.format=layout\npbx.hotel.layout=" + layout.toString().replace("\\", "/")
                + "\npbx.hotel.site=hq\npbx.hotel.zone=Asia/Shanghai\npbx.hotel.transport=none\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path data = dir.resolve("data");
        String out = run("replay", "--config", config.toString(), "--data", data.toString(), "--pbx", "hotel",
                "--format", "layout", file.toString());
        assertTrue(out.contains("records: 3, stored: 2, quarantined: 1"), out);
        List<String> csv = run("cdrs", "--data", data.toString()).lines().toList();
        assertTrue(csv.get(1).startsWith("hotel,1,2026-11-02T01:30:00Z,2026-11-02T09:30+08:00,Asia/Shanghai,125,"),
                csv.get(1));
    }

    @Test
    void formatsListsEveryDecoderWithItsDescription() {
        List<String> lines = run("formats").lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("avaya-printer ") && l.contains("date records")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("nortel-meridian ")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("layout ")), lines.toString());
    }

    @Test
    void recordsQuarantinedUnderAWrongFormatAreStoredByReplayingTheirTimeRangeOnceTheFormatIsFixed() throws Exception {
        Path data = dir.resolve("data");
        String rating;
        try (InputStream demo = RatingConfig.class.getResourceAsStream("demo-rating.properties")) {
            rating = new String(demo.readAllBytes(), StandardCharsets.UTF_8);
        }
        String pbx = "\npbx.late.site=hq\npbx.late.zone=Asia/Shanghai\npbx.late.transport=none\npbx.late.format=";
        Path wrong = Files.writeString(dir.resolve("wrong.properties"), rating + pbx + "cucm\n");
        Instant before = Instant.now();
        try (Engine engine = Engine.start(data, Config.load(wrong))) {
            engine.journal().append("late", List.of(
                    Frame.of(AvayaLines.line("021126 0930", 125, "7", "9", "2001", "62345678")),
                    Frame.of(AvayaLines.line("021126 0931", 61, "7", "9", "2002", "13912345678"))));
            assertTrue(engine.awaitCaughtUp(20_000));
            assertEquals(2, engine.database().cdrReader().quarantineCount(), "Avaya records are no CUCM records");
        }
        Instant after = Instant.now();
        Path fixed = Files.writeString(dir.resolve("fixed.properties"), rating + pbx + "avaya-unformatted\n");
        String[] replay = {"replay", "--config", fixed.toString(), "--data", data.toString(),
            "--from", before.toString(), "--to", after.toString(), "--pbx", "late"};

        String first = run(replay);
        assertTrue(first.startsWith("replayed: 2 records received from " + before), first);
        assertTrue(first.contains("(pbx late), calls added: 2"), first);
        String again = run(replay);
        assertTrue(again.contains("replayed: 2 records") && again.contains("calls added: 0"), "idempotent: " + again);
        assertEquals(3, run("cdrs", "--data", data.toString()).lines().count(), "header and the two calls");
    }

    @Test
    void rawdumpListsEachPbxsFilesAndShowsATimeRangePageByPage() {
        Path data = dir.resolve("data");
        Instant before = Instant.now();
        try (Engine engine = Engine.start(data, Config.empty())) {
            engine.journal().append("pbx-a", List.of(Frame.of(AvayaLines.line("021126 0930", 125, "7", "9", "2001",
                    "62345678")), Frame.of(new byte[] {'n', 'o', 'i', 's', 'e', 0x1b}), Frame.of(AvayaLines.line(
                    "021126 0931", 61, "7", "9", "2002", "13912345678"))));
            engine.journal().append("pbx-b", List.of(Frame.of("one".getBytes(StandardCharsets.US_ASCII))));
        }
        List<String> pbxs = run("rawdump", "list", "--data", data.toString()).lines().toList();
        assertEquals("pbx\tfiles\trecords\tbytes\tfrom\tto", pbxs.get(0));
        assertTrue(pbxs.get(1).startsWith("pbx-a\t1\t3\t"), pbxs.toString());
        assertTrue(pbxs.get(2).startsWith("pbx-b\t1\t1\t"), pbxs.toString());

        List<String> files = run("rawdump", "list", "--data", data.toString(), "--pbx", "pbx-a").lines().toList();
        assertEquals(2, files.size(), files.toString());
        String[] file = files.get(1).split("\t");
        assertEquals(List.of("3", "open"), List.of(file[3], file[5]));
        assertTrue(Files.exists(Path.of(file[6])), "the path to open or copy: " + file[6]);

        String[] show = {"rawdump", "show", "--data", data.toString(), "--pbx", "pbx-a", "--from", before.toString()};
        List<String> page = run(concat(show, new String[] {"--limit", "2"})).lines().toList();
        assertEquals(2, page.size(), page.toString());
        assertTrue(page.get(0).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]{12}Z\t1\t1\t021126 0930 .*2001.*"), page.get(0));
        assertTrue(page.get(1).endsWith("\t2\t2\tnoise\\x1b"), "non-printable bytes escaped: " + page.get(1));
        List<String> rest = run(concat(show, new String[] {"--after", "2"})).lines().toList();
        assertEquals(1, rest.size(), rest.toString());
        assertTrue(rest.get(0).contains("\t3\t3\t"), "sequence 3 of pbx-a, journal position 3: " + rest.get(0));
    }

    @Test
    void simulateSendsTheSameCallsForTheSameSeed() throws Exception {
        Config config = DemoSetup.apply(Config.empty());
        try (BluewhaleServer server = BluewhaleServer.start(dir.resolve("data"), config, 0, false)) {
            int port = ((TcpListenConnector) server.connector(DemoSetup.PBX)).boundPort();
            String[] simulate = {"simulate", "--to", "127.0.0.1:" + port, "--format", "avaya-unformatted",
                "--count", "50", "--rate", "max", "--seed", "9"};
            assertEquals("sent: 50 records to 127.0.0.1:" + port, run(simulate).trim());
            assertEquals("sent: 50 records to 127.0.0.1:" + port, run(simulate).trim());
            Poll.until("100 calls stored", () -> server.engine().pipeline().committedPosition() >= 100);

            List<StoredCdr> calls = server.engine().database().cdrReader()
                    .find(CdrQuery.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).page(100, 0));
            assertEquals(100, calls.size());
            Map<Long, StoredCdr> bySequence = calls.stream().collect(Collectors.toMap(StoredCdr::sequence, c -> c));
            for (long seq = 1; seq <= 50; seq++) {
                StoredCdr first = bySequence.get(seq);
                StoredCdr again = bySequence.get(seq + 50);
                assertEquals(first.start(), again.start());
                assertEquals(first.callingNumber(), again.callingNumber());
                assertEquals(first.dialedNumber(), again.dialedNumber());
                assertEquals(first.cost(), again.cost());
            }
            assertTrue(calls.stream().map(StoredCdr::callClass).distinct().count() >= 4,
                    "a realistic mix of call classes");
        }
    }
}
