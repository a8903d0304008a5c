package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bluewhale.store.org.AppUser;
import org.bluewhale.store.org.Department;
import org.bluewhale.store.org.ExtensionAssignment;
import org.bluewhale.store.org.Operator;
import org.bluewhale.store.org.OperatorRepository;
import org.bluewhale.store.org.OrgRepository;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Departments, users, extensions and operators, written and read back across a restart. */
class OrgRepositoryTest {

    private static final Instant JANUARY = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2025-03-01T00:00:00Z");

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Databases.class)
    void departmentsUsersAndExtensionsOverTime(Databases kind) {
        AppUser alice;
        AppUser bob;
        try (Database db = kind.open(dataDir)) {
            OrgRepository org = db.orgRepository();
            Department sales = org.addDepartment("Sales", null);
            Department export = org.addDepartment("Export – Asie", sales.id());
            alice = org.addUser("Alice Müller", export.id());
            bob = org.addUser("Bob", null);
            org.assignExtension("2001", alice.id(), JANUARY);
            org.assignExtension("2001", bob.id(), MARCH);
            assertEquals(List.of(sales, export), org.departments());
        }
        try (Database db = kind.open(dataDir)) {
            OrgRepository org = db.orgRepository();
            assertEquals(List.of(alice, bob), org.users());
            assertEquals(List.of(new ExtensionAssignment("2001", alice.id(), JANUARY),
                    new ExtensionAssignment("2001", bob.id(), MARCH)), org.extensions());
            assertEquals(Optional.of(alice), org.userOfExtension("2001", MARCH.minusMillis(1)));
            assertEquals(Optional.of(bob), org.userOfExtension("2001", MARCH));
            assertEquals(Optional.empty(), org.userOfExtension("2001", JANUARY.minusSeconds(1)));
            assertEquals(Optional.empty(), org.userOfExtension("2999", MARCH));
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void operatorsCreateFindAndChangeTheirHash(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            OperatorRepository operators = db.operatorRepository();
            Operator admin = operators.create("admin", "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA", "ADMIN");
            assertThrows(StoreException.class, () -> operators.create("admin", "other", "VIEWER"));
            assertTrue(operators.updatePasswordHash("admin", "$argon2id$new"));
            assertFalse(operators.updatePasswordHash("nobody", "$argon2id$new"));
            assertEquals(Optional.empty(), operators.find("nobody"));
            assertEquals(new Operator("admin", "$argon2id$new", "ADMIN", admin.createdAt()),
                    operators.find("admin").orElseThrow());
        }
        try (Database db = kind.open(dataDir)) {
            assertEquals(List.of("admin"), db.operatorRepository().list().stream().map(Operator::login).toList());
        }
    }
}
