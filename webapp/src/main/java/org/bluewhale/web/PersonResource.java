package org.bluewhale.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bluewhale.store.cdr.ChargeAllocator;
import org.bluewhale.store.org.AppUser;
import org.bluewhale.store.org.ExtensionAssignment;
import org.bluewhale.store.org.OrgRepository;
import org.bluewhale.store.org.OrgRules;
import org.bluewhale.web.auth.Audit;

/**
 * The people billed and their extensions: {@code GET /api/v1/org/users} (paged, by department
 * and text; a department manager reads their subtree only), and the changes, each audited.
 * Every change bumps the org revision, so the next stored call is charged with it; an extension
 * assignment added or removed in the past also charges again the calls stored since.
 */
final class PersonResource {

    /** A person as created or changed; a blank employeeId or email is none. */
    record PersonBody(String name, Integer departmentId, String employeeId, String email) {
    }

    /** An extension for a person from {@code validFrom} (ISO instant; left out: see {@link #assign}). */
    record ExtensionBody(String number, String validFrom) {
    }

    private static final int MAX_PAGE = 500;

    private final OrgRepository org;
    private final OrgScope scope;
    private final ChargeAllocator charges;
    private final Audit audit;
    private final Clock clock;

    PersonResource(OrgRepository org, OrgScope scope, ChargeAllocator charges, Audit audit, Clock clock) {
        this.org = org;
        this.scope = scope;
        this.charges = charges;
        this.audit = audit;
        this.clock = clock;
    }

    void list(Context ctx) {
        Page page = Page.of(ctx, MAX_PAGE);
        Integer department = QueryParams.optionalInteger(ctx, "department");
        Set<Integer> departments;
        if (department != null) {
            scope.checkVisible(ctx, department);
            departments = Set.of(department);
        } else {
            departments = scope.visible(ctx);
        }
        String text = QueryParams.text(ctx, "q");
        List<AppUser> users = org.users(departments, text, page.limit(), page.offset());
        Map<Integer, List<ExtensionAssignment>> extensions = org.extensionsOf(users.stream().map(AppUser::id).toList())
                .stream().collect(Collectors.groupingBy(ExtensionAssignment::userId));
        List<ExtensionAssignment> histories = org.historyOf(extensions.values().stream().flatMap(List::stream)
                .map(ExtensionAssignment::number).distinct().toList());
        List<Map<String, Object>> items = new ArrayList<>();
        for (AppUser user : users) {
            items.add(json(user, extensions.getOrDefault(user.id(), List.of()), histories));
        }
        ctx.json(page.json(org.countUsers(departments, text), items));
    }

    void create(Context ctx) {
        PersonBody body = valid(Bodies.read(ctx, PersonBody.class), null);
        AppUser added = org.addUser(body.name().strip(), body.departmentId(), blankToNull(body.employeeId()),
                blankToNull(body.email()));
        audit.record(Access.principal(ctx).login(), "user-added", describe(added), ctx.ip());
        ctx.status(201).json(json(added, List.of(), List.of()));
    }

    void update(Context ctx) {
        int id = QueryParams.pathInteger(ctx, "id");
        existing(id);
        PersonBody body = valid(Bodies.read(ctx, PersonBody.class), id);
        AppUser changed = new AppUser(id, body.name().strip(), body.departmentId(), blankToNull(body.employeeId()),
                blankToNull(body.email()));
        org.updateUser(id, changed.name(), changed.departmentId(), changed.employeeId(), changed.email());
        audit.record(Access.principal(ctx).login(), "user-changed", describe(changed), ctx.ip());
        ctx.json(json(changed));
    }

    void delete(Context ctx) {
        int id = QueryParams.pathInteger(ctx, "id");
        AppUser user = existing(id);
        if (org.assignmentsOf(id) > 0) {
            throw new Conflict(user.name() + " holds (or held) extensions or authorisation codes, which say who pays"
                    + " for stored calls: remove those assignments first, or move " + user.name()
                    + " to another department instead");
        }
        org.deleteUser(id);
        audit.record(Access.principal(ctx).login(), "user-deleted", describe(user), ctx.ip());
        ctx.status(204);
    }

    /**
     * {@code POST /api/v1/org/users/{id}/extensions}. Without validFrom, as the import does: from
     * the beginning when nobody ever held the number (calls already stored become the person's),
     * from now when someone did (a handover).
     */
    void assign(Context ctx) {
        int id = QueryParams.pathInteger(ctx, "id");
        AppUser user = existing(id);
        ExtensionBody body = Bodies.read(ctx, ExtensionBody.class);
        String number = body.number() == null ? "" : body.number().strip();
        if (!OrgRules.NUMBER.matcher(number).matches()) {
            throw new BadRequest("number '" + number + "' is not an extension: digits, letters, * # +; at most 64");
        }
        List<ExtensionAssignment> history = org.historyOf(number);
        Instant now = clock.instant();
        Instant from = body.validFrom() == null || body.validFrom().isBlank()
                ? (history.isEmpty() ? Instant.EPOCH : now) : instant("validFrom", body.validFrom());
        ExtensionAssignment holding = null;
        for (ExtensionAssignment a : history) {
            if (a.validFrom().equals(from)) {
                throw new Conflict("extension " + number + " already has an assignment starting " + from + " (user "
                        + a.userId() + "): remove it first, or give another validFrom");
            }
            if (!a.validFrom().isAfter(from)) {
                holding = a;
            }
        }
        if (holding != null && holding.userId() == id) {
            throw new Conflict("extension " + number + " is already " + user.name() + "'s since " + holding.validFrom());
        }
        org.assignExtension(number, id, from);
        reallocateIfPast(from, now);
        audit.record(Access.principal(ctx).login(), "extension-assigned", "extension " + number + " to "
                + describe(user) + " from " + from, ctx.ip());
        ctx.status(201).json(json(user));
    }

    /** {@code DELETE /api/v1/org/extensions/{number}?validFrom=...}: removes one assignment (a correction). */
    void unassign(Context ctx) {
        String number = ctx.pathParam("number");
        String validFrom = QueryParams.text(ctx, "validFrom");
        if (validFrom == null) {
            throw new BadRequest("validFrom is required: the start of the assignment to remove, as listed with the user");
        }
        Instant from = instant("validFrom", validFrom);
        ExtensionAssignment assignment = org.historyOf(number).stream().filter(a -> a.validFrom().equals(from))
                .findFirst().orElseThrow(() -> new NotFoundResponse("extension " + number + " has no assignment starting "
                        + from));
        org.removeExtension(number, from);
        reallocateIfPast(from, clock.instant());
        audit.record(Access.principal(ctx).login(), "extension-removed", "extension " + number + " of user "
                + assignment.userId() + " from " + from, ctx.ip());
        ctx.status(204);
    }

    /** Stored calls since {@code from} were charged by the assignments as they were; charge them again. */
    private void reallocateIfPast(Instant from, Instant now) {
        if (from.isBefore(now)) {
            charges.reallocateFrom(from);
        }
    }

    private AppUser existing(int id) {
        return org.user(id).orElseThrow(() -> new NotFoundResponse("no user " + id));
    }

    private PersonBody valid(PersonBody body, Integer id) {
        if (body.name() == null || body.name().isBlank() || body.name().strip().length() > OrgRules.MAX_NAME) {
            throw new BadRequest("name is required, at most " + OrgRules.MAX_NAME + " characters");
        }
        if (body.departmentId() == null || org.departments().stream().noneMatch(d -> d.id() == body.departmentId())) {
            throw new BadRequest("departmentId " + body.departmentId() + " is not a department: every person's calls"
                    + " are charged to one");
        }
        String employeeId = blankToNull(body.employeeId());
        if (employeeId != null) {
            if (employeeId.length() > OrgRules.MAX_KEY) {
                throw new BadRequest("employeeId is longer than " + OrgRules.MAX_KEY + " characters");
            }
            org.userByEmployeeId(employeeId).filter(other -> id == null || other.id() != id).ifPresent(other -> {
                throw new Conflict("employeeId " + employeeId + " is already " + other.name() + "'s (user " + other.id()
                        + ")");
            });
        }
        String email = blankToNull(body.email());
        if (email != null && (email.length() > OrgRules.MAX_NAME || !email.contains("@"))) {
            throw new BadRequest("email '" + email + "' is not an e-mail address");
        }
        return body;
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " '" + value + "' is not an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String describe(AppUser user) {
        return "user " + user.id() + " " + user.name() + " in department " + user.departmentId();
    }

    /** {@code user} with their assignments as the database has them now. */
    private Map<String, Object> json(AppUser user) {
        List<ExtensionAssignment> assignments = org.extensionsOf(List.of(user.id()));
        return json(user, assignments, org.historyOf(assignments.stream().map(ExtensionAssignment::number).distinct().toList()));
    }

    /**
     * A person with their extension assignments, each with the instant another holder took over
     * (or null), found in {@code histories} (every assignment of those numbers, oldest first).
     */
    private static Map<String, Object> json(AppUser user, List<ExtensionAssignment> assignments,
                                            List<ExtensionAssignment> histories) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", user.id());
        person.put("name", user.name());
        person.put("departmentId", user.departmentId());
        person.put("employeeId", user.employeeId());
        person.put("email", user.email());
        List<Map<String, Object>> extensions = new ArrayList<>();
        for (ExtensionAssignment a : assignments) {
            Instant until = histories.stream().filter(h -> h.number().equals(a.number()))
                    .map(ExtensionAssignment::validFrom).filter(start -> start.isAfter(a.validFrom())).findFirst().orElse(null);
            Map<String, Object> extension = new LinkedHashMap<>();
            extension.put("number", a.number());
            extension.put("validFrom", a.validFrom());
            extension.put("until", until);
            extensions.add(extension);
        }
        person.put("extensions", extensions);
        return person;
    }
}
