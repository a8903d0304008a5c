package org.bluewhale.store.org;

import java.util.regex.Pattern;

/** What the company model accepts, shared by the bulk import and the web API's editors. */
public final class OrgRules {

    /** An extension or code: digits, letters, * # +; at most 64 (the columns are VARCHAR(64)). */
    public static final Pattern NUMBER = Pattern.compile("[0-9A-Za-z*#+]{1,64}");
    /** A department or person name, an e-mail. */
    public static final int MAX_NAME = 200;
    /** An employee_id or department code (VARCHAR(64)). */
    public static final int MAX_KEY = 64;

    private OrgRules() {
    }
}
