package org.bluewhale.connectors.custom;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bluewhale.core.decode.Decoded;

/** Fields as named groups of a regular expression that must match the whole line. */
final class RegexSource implements FieldSource {

    private final Pattern pattern;
    private final Map<LegField, String> groups;
    private Matcher matcher;

    RegexSource(Pattern pattern, Map<LegField, String> groups) {
        this.pattern = pattern;
        this.groups = new EnumMap<>(groups);
    }

    @Override
    public Decoded read(String line) {
        Matcher m = pattern.matcher(line);
        if (!m.matches()) {
            int good = matchingPrefix(line);
            return Decoded.rejected("the line does not match the pattern from column " + good + ": '"
                    + line.substring(good) + "'");
        }
        matcher = m;
        return null;
    }

    /**
     * The length of the longest start of the line that the pattern could still complete: where
     * reading stopped making sense. Only computed for lines that fail.
     */
    private int matchingPrefix(String line) {
        Matcher m = pattern.matcher(line);
        for (int end = line.length(); end > 0; end--) {
            m.region(0, end);
            if (m.matches() || m.hitEnd()) {
                return end;
            }
        }
        return 0;
    }

    @Override
    public String get(LegField field) {
        String group = groups.get(field);
        if (group == null) {
            return "";
        }
        String value = matcher.group(group);
        return value == null ? "" : value.strip();
    }

    @Override
    public String where(LegField field) {
        return "group '" + groups.get(field) + "'";
    }
}
