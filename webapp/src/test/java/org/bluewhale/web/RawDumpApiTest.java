package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bluewhale.core.journal.Frame;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.core.rawdump.RawDumpFiles;
import org.bluewhale.core.rawdump.RawDumpPolicy;
import org.bluewhale.core.rawdump.RawDumpWriter;
import org.bluewhale.core.testing.Poll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Administrators and auditors browse the RAW DUMP over HTTP: files, a time range page by page, a download. */
class RawDumpApiTest {

    private static final String FAR = "2999-01-01T00:00:00Z";

    @TempDir
    Path data;

    @BeforeEach
    void dumpTwentyFiveRecordsOfOnePbx() {
        RawDumpPolicy smallFiles = new RawDumpPolicy(RawDumpPolicy.defaults().keep(), RawDumpPolicy.defaults().rotateEvery(), 300);
        try (Journal journal = Journal.open(JournalConfig.defaults(data.resolve("journal")), () -> 0L);
             RawDumpWriter writer = RawDumpWriter.start(journal, new RawDumpFiles(data.resolve("rawdump")),
                     pbx -> smallFiles, () -> 0L)) {
            journal.append("avaya-hq", IntStream.rangeClosed(1, 25)
                    .mapToObj(i -> Frame.of(("call " + i + (i == 7 ? "\u0007" : "")).getBytes(StandardCharsets.ISO_8859_1)))
                    .toList());
            Poll.until("the raw dump to copy the journal", () -> writer.position() >= journal.writtenPosition());
        }
    }

    @Test
    void filesAreListedWithTheirRangeSizeAndCountAndDownloadedAsTheyAre() throws Exception {
        try (WebFixture web = new WebFixture(data)) {
            Http admin = web.http().basic("admin", WebFixture.PASSWORD);
            JsonNode pbxs = admin.get("/api/v1/rawdump").json().get("items");
            assertEquals(1, pbxs.size());
            assertEquals("avaya-hq", pbxs.get(0).get("pbx").asText());
            assertEquals(25, pbxs.get(0).get("records").asLong());

            JsonNode files = admin.get("/api/v1/rawdump/avaya-hq/files").json().get("items");
            assertTrue(files.size() >= 3, "300-byte files: " + files);
            long records = 0;
            for (JsonNode file : files) {
                records += file.get("records").asLong();
                Http.Response download = admin.get("/api/v1/rawdump/avaya-hq/files/" + file.get("name").asText());
                assertEquals(200, download.status());
                assertTrue(download.header("Content-Disposition").startsWith("attachment"));
                assertEquals(Files.readString(data.resolve("rawdump/avaya-hq").resolve(file.get("name").asText())),
                        download.body());
                assertEquals(file.get("bytes").asLong(), download.body().length());
            }
            assertEquals(25, records);
            assertTrue(files.get(files.size() - 1).get("open").asBoolean(), "the newest file is still open");
            assertEquals(0, admin.get("/api/v1/rawdump/avaya-hq/files?to=2000-01-01T00:00:00Z").json().get("items").size());

            assertEquals(404, admin.get("/api/v1/rawdump/avaya-hq/files/index.tsv").status(), "only data files");
            assertEquals(404, admin.get("/api/v1/rawdump/avaya-hq/files/..%2F..%2Fdb%2Fbluewhale.mv.db").status());
            assertEquals(0, admin.get("/api/v1/rawdump/..%2Fjournal/files").json().get("items").size(),
                    "a PBX id never names a folder outside the raw dump");
        }
    }

    @Test
    void aTimeRangeIsReadAsTextPageByPage() {
        try (WebFixture web = new WebFixture(data)) {
            Http auditor = web.http().basic("auditor", WebFixture.PASSWORD);
            List<String> texts = new ArrayList<>();
            String after = "0";
            int pages = 0;
            while (after != null) {
                JsonNode page = auditor.get("/api/v1/rawdump/avaya-hq/records?from=2000-01-01T00:00:00Z&to=" + FAR
                        + "&limit=10&after=" + after).json();
                page.get("items").forEach(item -> texts.add(item.get("text").asText()));
                after = page.get("next").isNull() ? null : page.get("next").asText();
                pages++;
            }
            assertEquals(IntStream.rangeClosed(1, 25).mapToObj(i -> "call " + i + (i == 7 ? "\\x07" : "")).toList(), texts);
            assertEquals(3, pages);
            assertEquals(400, auditor.get("/api/v1/rawdump/avaya-hq/records").status(), "from is required");
            assertEquals(400, auditor.get("/api/v1/rawdump/avaya-hq/records?from=2000-01-01T00:00:00Z&limit=0").status());
        }
    }

    @Test
    void onlyAdministratorsAndAuditorsReadTheRawDump() {
        try (WebFixture web = new WebFixture(data)) {
            for (String login : List.of("billing", "sales-mgr")) {
                Http other = web.http().basic(login, WebFixture.PASSWORD);
                assertEquals(403, other.get("/api/v1/rawdump").status(), login);
                assertEquals(403, other.get("/api/v1/rawdump/avaya-hq/records?from=2000-01-01T00:00:00Z").status(), login);
            }
            assertEquals(401, web.http().get("/api/v1/rawdump/avaya-hq/files").status());
        }
    }
}
