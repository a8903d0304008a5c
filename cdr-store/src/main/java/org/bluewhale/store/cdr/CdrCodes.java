package org.bluewhale.store.cdr;

import java.util.Arrays;
import java.util.function.ToIntFunction;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.Direction;
import org.bluewhale.store.StoreException;

/**
 * The stable small codes stored for {@link CallClass} and {@link Direction} in {@code cdr}, never
 * the enum ordinals (reordering or inserting an enum constant must not change stored meaning).
 * Migrations V1 and V10 seed the same codes into the lookup tables {@code call_class(code, name)} and
 * {@code direction(code, name)} for SQL reports. The switches have no default, so a new enum
 * constant does not compile until it gets a code here (and a row in a migration).
 */
public final class CdrCodes {

    private static final CallClass[] CALL_CLASS_BY_CODE = byCode(CallClass.values(), CdrCodes::code);
    private static final Direction[] DIRECTION_BY_CODE = byCode(Direction.values(), CdrCodes::code);

    private CdrCodes() {
    }

    public static int code(CallClass callClass) {
        return switch (callClass) {
            case UNKNOWN -> 0;
            case INTERNAL -> 1;
            case LOCAL -> 2;
            case NATIONAL -> 3;
            case MOBILE -> 4;
            case INTERNATIONAL -> 5;
            case TOLL_FREE -> 6;
            case PREMIUM -> 7;
            case EMERGENCY -> 8;
            case INBOUND -> 9;
            case ON_NET -> 10;
            case INBOUND_TOLLFREE -> 11;
        };
    }

    public static int code(Direction direction) {
        return switch (direction) {
            case UNKNOWN -> 0;
            case OUTGOING -> 1;
            case INCOMING -> 2;
            case INTERNAL -> 3;
            case TANDEM -> 4;
        };
    }

    /** The call class of a stored code. */
    public static CallClass callClass(int code) {
        return decode(CALL_CLASS_BY_CODE, code, "call class");
    }

    /** The direction of a stored code. */
    public static Direction direction(int code) {
        return decode(DIRECTION_BY_CODE, code, "direction");
    }

    private static <E extends Enum<E>> E decode(E[] byCode, int code, String what) {
        if (code < 0 || code >= byCode.length || byCode[code] == null) {
            throw new StoreException("unknown " + what + " code " + code + " in table cdr (written by a newer version?)");
        }
        return byCode[code];
    }

    /** The constants indexed by their code; fails fast if two share a code. */
    private static <E extends Enum<E>> E[] byCode(E[] values, ToIntFunction<E> code) {
        E[] byCode = Arrays.copyOf(values, Arrays.stream(values).mapToInt(code).max().orElse(-1) + 1);
        Arrays.fill(byCode, null);
        for (E value : values) {
            int c = code.applyAsInt(value);
            if (byCode[c] != null) {
                throw new IllegalStateException("two constants share code " + c + ": " + byCode[c] + ", " + value);
            }
            byCode[c] = value;
        }
        return byCode;
    }
}
