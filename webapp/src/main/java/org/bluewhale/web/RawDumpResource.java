package org.bluewhale.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bluewhale.core.rawdump.RawDumpFile;
import org.bluewhale.core.rawdump.RawDumpFiles;
import org.bluewhale.core.rawdump.RawDumpLine;

/**
 * The RAW DUMP for administrators and auditors: {@code GET /api/v1/rawdump} (the PBXs that have
 * one), {@code /api/v1/rawdump/{pbx}/files?from=&to=} (its files with time range, size and record
 * count), {@code /api/v1/rawdump/{pbx}/files/{name}} (one file, downloaded as it is) and
 * {@code /api/v1/rawdump/{pbx}/records?from=&to=&after=&limit=} (the records of a time range as
 * text, a page at a time).
 */
final class RawDumpResource {

    private static final int MAX_LIMIT = 10_000;
    private static final Instant END_OF_TIME = Instant.parse("9999-01-01T00:00:00Z");

    private final RawDumpFiles files;

    RawDumpResource(RawDumpFiles files) {
        this.files = files;
    }

    void pbxs(Context ctx) {
        List<Map<String, Object>> items = files.pbxs().stream().map(pbx -> {
            List<RawDumpFile> list = files.list(pbx);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pbx", pbx);
            m.put("files", list.size());
            m.put("records", list.stream().mapToLong(RawDumpFile::records).sum());
            m.put("bytes", list.stream().mapToLong(RawDumpFile::bytes).sum());
            m.put("from", list.isEmpty() ? null : list.get(0).from().toString());
            m.put("to", list.isEmpty() ? null : list.get(list.size() - 1).to().toString());
            return m;
        }).toList();
        ctx.json(Map.of("items", items));
    }

    void list(Context ctx) {
        String pbx = ctx.pathParam("pbx");
        Instant from = QueryParams.instant(ctx, "from", Instant.EPOCH);
        Instant to = QueryParams.instant(ctx, "to", END_OF_TIME);
        List<Map<String, Object>> items = files.list(pbx).stream().filter(f -> f.overlaps(from, to)).map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("from", f.from().toString());
            m.put("to", f.to().toString());
            m.put("records", f.records());
            m.put("bytes", f.bytes());
            m.put("open", f.open());
            return m;
        }).toList();
        ctx.json(Map.of("pbx", pbx, "items", items));
    }

    void download(Context ctx) throws IOException {
        String pbx = ctx.pathParam("pbx");
        String name = ctx.pathParam("name");
        RawDumpFile file = files.file(pbx, name).orElseThrow(() -> new NotFoundResponse(
                "PBX '" + pbx + "' has no raw dump file '" + name + "' (GET /api/v1/rawdump/" + pbx + "/files lists them)"));
        InputStream in = Files.newInputStream(file.path());
        ctx.contentType("text/plain; charset=US-ASCII")
                .header("Content-Disposition", "attachment; filename=\"" + pbx.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "-" + name + "\"")
                .result(in); // the open file is sent as far as it is written now
    }

    void records(Context ctx) {
        String pbx = ctx.pathParam("pbx");
        QueryParams.Range range = QueryParams.range(ctx);
        Instant from = range.from();
        Instant to = range.to();
        int limit = QueryParams.integer(ctx, "limit", 100);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequest("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        long after = QueryParams.wholeNumber(ctx, "after", 0);
        RawDumpFiles.Page page = files.read(pbx, from, to, after, limit);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("pbx", pbx);
        answer.put("from", from.toString());
        answer.put("to", to.toString());
        answer.put("items", page.lines().stream().map(RawDumpResource::json).toList());
        answer.put("next", page.next() < 0 ? null : page.next());
        ctx.json(answer);
    }

    private static Map<String, Object> json(RawDumpLine line) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("receivedAt", line.receivedAt().toString());
        m.put("sequence", line.sequence());
        m.put("position", line.position());
        m.put("text", line.text());
        return m;
    }
}
