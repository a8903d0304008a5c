package org.bluewhale.store.orgimport;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.bluewhale.store.org.OrgRules;

/**
 * Turns the lines of an import file into rows, collecting every problem with its line number
 * instead of stopping at the first, so the operator can fix the file in one go.
 */
final class OrgImportParser {

    static final String DEPARTMENT = "department";
    static final Set<String> COLUMNS = Set.of(DEPARTMENT, "employee_id", "name", "email", "extension", "auth_code",
            "valid_from");
    private static final Pattern NUMBER = OrgRules.NUMBER;
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[\\s;,]+");
    private static final int MAX_NAME = OrgRules.MAX_NAME;
    private static final int MAX_KEY = OrgRules.MAX_KEY;

    private final ZoneId zone;
    private final List<ImportProblem> problems = new ArrayList<>();

    /** {@code zone}: the time zone of dates and date-times given without an offset. */
    OrgImportParser(ZoneId zone) {
        this.zone = zone;
    }

    /** Every problem found, in line order. */
    List<ImportProblem> problems() {
        return problems.stream().sorted(java.util.Comparator.comparingInt(ImportProblem::line)).toList();
    }

    List<OrgImportRow> parse(Sheet sheet) {
        checkHeader(sheet.header());
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<OrgImportRow> rows = new ArrayList<>();
        for (SheetLine line : sheet.lines()) {
            int before = problems.size();
            OrgImportRow row = row(line, sheet.header().size());
            if (problems.size() == before) {
                rows.add(row);
            }
        }
        checkPeopleAgree(rows);
        checkNoDoubleAssignment(rows, r -> r.extensions(), "extension");
        checkNoDoubleAssignment(rows, r -> r.authCode().isEmpty() ? List.of() : List.of(r.authCode()), "auth_code");
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(1, "the file has a header but no data lines"));
        }
        return rows;
    }

    private void checkHeader(List<String> header) {
        if (header.isEmpty()) {
            problems.add(new ImportProblem(1, "the file is empty; the first line must name the columns, e.g. "
                    + "department,employee_id,name,email,extension,auth_code,valid_from"));
            return;
        }
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                problems.add(new ImportProblem(1, "unknown column '" + column + "' (known: " + String.join(", ",
                        COLUMNS.stream().sorted().toList()) + ")"));
            }
        }
        if (header.stream().distinct().count() != header.size()) {
            problems.add(new ImportProblem(1, "a column is named twice"));
        }
        if (!header.contains(DEPARTMENT)) {
            problems.add(new ImportProblem(1, "the column 'department' is missing"));
        }
    }

    private OrgImportRow row(SheetLine line, int headerSize) {
        int n = line.line();
        String tooMany = line.cells().get(CsvSheet.TOO_MANY_CELLS);
        if (tooMany != null) {
            problem(n, tooMany + " cells, but the header names " + headerSize + " columns (a delimiter inside a value "
                    + "must be quoted)");
        }
        List<String> path = departmentPath(n, line.get(DEPARTMENT));
        String name = limited(n, "name", line.get("name"), MAX_NAME);
        String employeeId = limited(n, "employee_id", line.get("employee_id"), MAX_KEY);
        String email = limited(n, "email", line.get("email"), MAX_NAME);
        List<String> extensions = numbers(n, "extension", line.get("extension"));
        List<String> authCodes = numbers(n, "auth_code", line.get("auth_code"));
        if (authCodes.size() > 1) {
            problem(n, "one auth_code per line");
        }
        if (name.isEmpty() && (!employeeId.isEmpty() || !email.isEmpty() || !extensions.isEmpty() || !authCodes.isEmpty())) {
            problem(n, "name is empty, but the line gives a person's employee_id, email, extension or auth_code");
        }
        Instant validFrom = validFrom(n, line.get("valid_from"));
        return new OrgImportRow(n, path, employeeId, name, email, extensions,
                authCodes.isEmpty() ? "" : authCodes.get(0), validFrom);
    }

    private List<String> departmentPath(int n, String value) {
        if (value.isEmpty()) {
            problem(n, "department is empty (give a path such as Sales/East China)");
            return List.of();
        }
        List<String> path = Arrays.stream(value.split("/", -1)).map(String::trim).toList();
        if (path.contains("")) {
            problem(n, "department '" + value + "' has an empty level (two '/' in a row, or one at an end)");
        }
        path.forEach(level -> limited(n, "department level", level, MAX_NAME));
        return path;
    }

    private String limited(int n, String column, String value, int max) {
        if (value.length() > max) {
            problem(n, column + " is longer than " + max + " characters");
        }
        return value;
    }

    private List<String> numbers(int n, String column, String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> numbers = Arrays.asList(LIST_SEPARATOR.split(value));
        for (String number : numbers) {
            if (!NUMBER.matcher(number).matches()) {
                problem(n, column + " '" + number + "' is not a number (digits, letters, * # +; at most 64)");
            }
        }
        return numbers;
    }

    private Instant validFrom(int n, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            problem(n, "valid_from '" + value + "' is not a date (2025-03-01) or date-time (2025-03-01T08:00)");
            return null;
        }
    }

    /** A person on several lines (several extensions) must have the same name, department and e-mail on each. */
    private void checkPeopleAgree(List<OrgImportRow> rows) {
        Map<String, OrgImportRow> first = new HashMap<>();
        for (OrgImportRow row : rows) {
            if (!row.hasPerson()) {
                continue;
            }
            OrgImportRow earlier = first.putIfAbsent(row.personKey(), row);
            if (earlier != null && !(earlier.name().equals(row.name())
                    && earlier.departmentPath().equals(row.departmentPath()) && earlier.email().equals(row.email()))) {
                problem(row.line(), "the same person (" + row.personKey().substring(row.personKey().indexOf(':') + 1)
                        + ") is on line " + earlier.line() + " with another name, department or email");
            }
        }
    }

    private interface Numbers {
        List<String> of(OrgImportRow row);
    }

    /** The same number cannot go to two people from the same instant. */
    private void checkNoDoubleAssignment(List<OrgImportRow> rows, Numbers numbers, String column) {
        Map<String, OrgImportRow> holder = new HashMap<>();
        for (OrgImportRow row : rows) {
            for (String number : numbers.of(row)) {
                OrgImportRow earlier = holder.putIfAbsent(number + "@" + row.validFrom(), row);
                if (earlier != null && !Objects.equals(earlier.personKey(), row.personKey())) {
                    problem(row.line(), column + " " + number + " is also given to another person on line "
                            + earlier.line() + " from the same date");
                }
            }
        }
    }

    private void problem(int line, String message) {
        problems.add(new ImportProblem(line, message));
    }
}
