package org.bluewhale.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Supplier;
import org.bluewhale.store.Database;
import org.bluewhale.store.backup.Backup;

/**
 * {@code GET /api/v1/backup} (administrators only): an online backup of the main database and the
 * configuration, streamed as the zip archive {@code bluewhale restore --in} reads, while
 * ingestion goes on. The way to back up the embedded H2 database of a running server.
 */
public final class BackupResource {

    /** The operator role allowed to take backups. */
    static final String ADMINISTRATOR = "administrator";

    private final Database database;
    private final Supplier<Map<String, byte[]>> configFiles;

    public BackupResource(Database database, Supplier<Map<String, byte[]>> configFiles) {
        this.database = database;
        this.configFiles = configFiles;
    }

    void download(Context ctx) throws IOException {
        String login = Access.principal(ctx).login();
        boolean admin = login != null && database.operatorRepository().find(login)
                .map(o -> ADMINISTRATOR.equals(o.role())).orElse(false);
        if (!admin) {
            Problems.send(ctx, 403, "Forbidden", "only an administrator may download a backup");
            return;
        }
        String name = "bluewhale-" + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + ".zip";
        ctx.status(200).contentType("application/zip").header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        Backup.write(database, configFiles.get(), ctx.res().getOutputStream());
    }
}
