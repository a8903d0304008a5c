package org.bluewhale.store.dialect;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Tells the pool that an H2 client connection whose server session is gone is dead. H2 reports
 * it with its own codes, not an {@code 08xxx} SQL state, so without this the pool would hand the
 * dead connection out again and again after an H2 server restart or a network cut.
 */
public final class H2BrokenConnection implements SQLExceptionOverride {

    /** "Connection is broken" and "Database is already closed". */
    private static final int CONNECTION_BROKEN = 90067;
    private static final int DATABASE_CLOSED = 90121;

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        int code = e.getErrorCode();
        return code == CONNECTION_BROKEN || code == DATABASE_CLOSED ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
