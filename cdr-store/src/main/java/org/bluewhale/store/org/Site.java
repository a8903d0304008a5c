package org.bluewhale.store.org;

import java.time.ZoneId;

/** A place where PBXs stand; {@code pbx.site} names it. */
public record Site(int id, String name, ZoneId zone) {
}
