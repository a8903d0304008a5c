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
import java.util.List;
import org.bluewhale.rating.RatingConfig;
import org.bluewhale.server.AvayaLines;
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
        assertTrue(csv.get(1).endsWith(",180,0.30,CNY,hq/LOCAL"),
                "125 s local at 0.10 per 60/60 bills 180 s: " + csv.get(1));

        JsonNode json = new ObjectMapper().readTree(run("cdrs", "--data", data.toString(), "--format", "json",
                "--from", "2026-11-02T01:31:00Z"));
        assertEquals(2, json.size());
        assertEquals("MOBILE", json.get(0).get("callClass").asText());
        assertEquals("0.30", json.get(0).get("cost").asText(), "61 s at 0.15 CNY per 60/60 bills two minutes");
        assertEquals("INBOUND", json.get(1).get("callClass").asText());
        assertEquals("0.00", json.get(1).get("cost").asText());
    }
}
