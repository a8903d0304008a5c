package org.bluewhale.server.config;

import org.bluewhale.rating.RatingKey;

/**
 * Generates docs/configuration.md from the key catalogues, so the documentation cannot drift
 * from the code: {@code ConfigDocsTest} fails when the committed page differs.
 */
public final class ConfigDocs {

    private ConfigDocs() {
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Configuration\n\n")
                .append("<!-- Generated from ServerKeys and RatingKey by ConfigDocs; do not edit by hand. -->\n\n")
                .append("Bluewhale reads a Java properties file: `start --config FILE`, or `DATA/bluewhale.properties` ")
                .append("when present. Every key has a default except where it says *required*. ")
                .append("`<id>` is a PBX id (letters, digits, `_`, `-`); `<site>` a site id. ")
                .append("A remote unit reads the same format (`remote-unit --config FILE`): its local PBXs' `pbx.<id>.*` ")
                .append("transport keys, `journal.*` for its raw dump, and the `unit.*` and `pbx.<id>.forward-*` keys ")
                .append("([remote-unit.md](remote-unit.md)).\n\n")
                .append("## Server\n\n")
                .append("| key | type | default | meaning |\n|---|---|---|---|\n");
        for (ConfigKey<?> key : ServerKeys.ALL) {
            md.append("| `").append(key.name()).append("` | ").append(key.type()).append(" | ")
                    .append(key.defaultValue() == null ? "*required*" : key.defaultValue().isEmpty() ? "(empty)"
                            : "`" + key.defaultValue() + "`")
                    .append(" | ").append(key.doc()).append(" |\n");
        }
        md.append("\n## Sites, dial plans and tariffs\n\n").append(RatingKey.markdownTable());
        return md.toString();
    }
}
