package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.Direction;
import org.bluewhale.store.cdr.CdrCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The stored enum codes: one per constant, reversible, and the same as the lookup tables SQL users join. */
class CdrCodesTest {

    @TempDir
    Path dataDir;

    @Test
    void everyConstantHasItsOwnCodeThatDecodesBack() {
        assertEquals(CallClass.values().length, codes(CallClass.values(), CdrCodes::code).size());
        assertEquals(Direction.values().length, codes(Direction.values(), CdrCodes::code).size());
        for (CallClass c : CallClass.values()) {
            assertEquals(c, CdrCodes.callClass(CdrCodes.code(c)));
        }
        for (Direction d : Direction.values()) {
            assertEquals(d, CdrCodes.direction(CdrCodes.code(d)));
        }
    }

    @Test
    void anUnknownCodeIsAClearError() {
        StoreException e = assertThrows(StoreException.class,
                () -> CdrCodes.callClass(99));
        assertEquals("unknown call class code 99 in table cdr (written by a newer version?)", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void seededLookupTablesMatchTheJavaCodes(Databases kind) throws SQLException {
        try (Database db = kind.open(dataDir); Connection c = db.dataSource().getConnection()) {
            assertEquals(codes(CallClass.values(), CdrCodes::code), table(c, "call_class"));
            assertEquals(codes(Direction.values(), CdrCodes::code), table(c, "direction"));
        }
    }

    private static <E extends Enum<E>> Map<Integer, String> codes(E[] values, ToIntFunction<E> code) {
        return Arrays.stream(values).collect(Collectors.toMap(code::applyAsInt, Enum::name));
    }

    private static Map<Integer, String> table(Connection c, String name) throws SQLException {
        Map<Integer, String> rows = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, name FROM " + name)) {
            while (rs.next()) {
                rows.put(rs.getInt(1), rs.getString(2));
            }
        }
        return rows;
    }
}
