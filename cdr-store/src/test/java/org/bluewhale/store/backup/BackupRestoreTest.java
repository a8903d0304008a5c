package org.bluewhale.store.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.Database;
import org.bluewhale.store.Databases;
import org.bluewhale.store.SampleCalls;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.StoredCdr;
import org.bluewhale.store.org.Department;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A backup of an embedded H2 database restores into each of the four databases, identical. */
class BackupRestoreTest {

    private static final PbxDescriptor PBX = new PbxDescriptor("avaya-paris", "paris", "avaya-cm", SampleCalls.PARIS);
    private static final byte[] CONFIG = "db.url=\npbx.avaya-paris.format=avaya-unformatted\n"
            .getBytes(StandardCharsets.UTF_8);

    private static final CdrQuery ALL = new CdrQuery(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), null, null,
            CdrQuery.MAX_LIMIT, 0);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Databases.class)
    void anH2BackupRestoresIntoEveryDatabaseWithTheSameRowsAndTotals(Databases target) {
        Path archive = dir.resolve("backup.zip");
        List<StoredCdr> before;
        byte[] rawBefore;
        try (Database source = Databases.H2.open(dir.resolve("source"))) {
            fill(source);
            Manifest manifest = Backup.write(source, Map.of("bluewhale.properties", CONFIG), archive);
            assertEquals(2_000, manifest.rows("cdr"));
            before = source.cdrReader().find(ALL);
            rawBefore = source.cdrReader().quarantine(100, 0).get(7).raw();
        }
        Restore.Result result;
        try (Database empty = target.open(dir.resolve("target"))) {
            result = Restore.into(empty, archive, false);
        }
        assertArrayEquals(CONFIG, result.files().get("bluewhale.properties"));
        assertEquals("h2", result.manifest().source());
        try (Database restored = target.open(dir.resolve("target"))) { // as the server opens it next
            List<StoredCdr> after = restored.cdrReader().find(ALL);
            assertEquals(before.size(), after.size());
            assertTrue(before.equals(after), "every call restored field by field");
            assertEquals(20, restored.cdrReader().quarantine(100, 0).size());
            assertArrayEquals(rawBefore, restored.cdrReader().quarantine(100, 0).get(7).raw());
            assertEquals(2_000, restored.cdrStore().committedPosition());
            assertEquals(3, restored.orgRepository().departments().size());
            Department added = restored.orgRepository().addDepartment("Added after restore", null);
            assertEquals(1, restored.orgRepository().departments().stream().filter(d -> d.id() == added.id()).count(),
                    "a new department gets an id of its own after the restored ones");
        }
    }

    @Test
    void aDamagedArchiveOrATargetWithCallsIsRefused() throws IOException {
        Path archive = dir.resolve("backup.zip");
        try (Database source = Databases.H2.open(dir.resolve("source"))) {
            fill(source);
            Backup.write(source, Map.of(), archive);
        }
        try (Database target = Databases.SQLITE.open(dir.resolve("target"))) {
            Restore.into(target, archive, false);
            IllegalStateException again = assertThrows(IllegalStateException.class,
                    () -> Restore.into(target, archive, false));
            assertTrue(again.getMessage().contains("--replace"), again.getMessage());
            Restore.into(target, archive, true);
            assertEquals(2_000, target.cdrStore().committedPosition());

            byte[] bytes = Files.readAllBytes(archive);
            bytes[bytes.length / 2] ^= 0x5a;
            Path damaged = Files.write(dir.resolve("damaged.zip"), bytes);
            RuntimeException e = assertThrows(RuntimeException.class, () -> Restore.into(target, damaged, true));
            assertTrue(e instanceof UncheckedIOException, e.toString());
        }
    }

    /** 2,000 calls, 20 quarantined records with raw bytes, a department tree and an operator. */
    private static void fill(Database db) {
        db.cdrStore().registerPbx(PBX);
        SampleCalls samples = new SampleCalls(7);
        for (int b = 0; b < 2; b++) {
            List<Quarantined> garbled = new ArrayList<>();
            for (int q = 0; q < 10; q++) {
                garbled.add(SampleCalls.garbled(PBX.id(), 100_000 + b * 10 + q, 1, Instant.parse("2026-03-01T08:00:00Z")));
            }
            db.cdrStore().write(new StoreBatch(samples.calls(PBX.id(), b * 1_000L, 1_000,
                    Instant.parse("2026-03-01T08:00:00Z")), garbled, (b + 1) * 1_000L));
        }
        Department head = db.orgRepository().addDepartment("Head office", null);
        Department sales = db.orgRepository().addDepartment("Sales", head.id());
        db.orgRepository().addDepartment("Export", sales.id());
        db.orgRepository().assignExtension("2001", db.orgRepository().addUser("Ada", sales.id()).id(),
                Instant.parse("2026-01-01T00:00:00Z"));
        db.operatorRepository().create("admin", "hash", "admin");
        assertNotEquals(0, db.orgRepository().users().size());
    }
}
