package org.bluewhale.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bluewhale.store.org.Department;
import org.bluewhale.store.org.OrgRepository;
import org.bluewhale.store.org.OrgRules;
import org.bluewhale.web.auth.Audit;

/**
 * The department tree: {@code GET /api/v1/org/departments} (a department manager gets their
 * subtree), and its changes, each audited. A department is deleted only when empty: no people, no
 * subdepartments, no account codes (they would lose the department their calls are charged to), no
 * department manager scoped to it.
 */
final class DepartmentResource {

    /** A department as it is created or changed. */
    record DepartmentBody(String name, Integer parentId) {
    }

    private final OrgRepository org;
    private final OrgScope scope;
    private final Audit audit;

    DepartmentResource(OrgRepository org, OrgScope scope, Audit audit) {
        this.org = org;
        this.scope = scope;
        this.audit = audit;
    }

    void list(Context ctx) {
        Set<Integer> visible = scope.visible(ctx);
        List<Department> departments = org.departments().stream()
                .filter(d -> visible == null || visible.contains(d.id())).toList();
        ctx.json(Map.of("departments", departments));
    }

    void create(Context ctx) {
        DepartmentBody body = valid(Bodies.read(ctx, DepartmentBody.class), null);
        Department added = org.addDepartment(body.name().strip(), body.parentId());
        audit.record(Access.principal(ctx).login(), "department-added", describe(added), ctx.ip());
        ctx.status(201).json(added);
    }

    void update(Context ctx) {
        int id = QueryParams.pathInteger(ctx, "id");
        existing(id);
        DepartmentBody body = valid(Bodies.read(ctx, DepartmentBody.class), id);
        org.updateDepartment(id, body.name().strip(), body.parentId());
        Department changed = new Department(id, body.parentId(), body.name().strip());
        audit.record(Access.principal(ctx).login(), "department-changed", describe(changed), ctx.ip());
        ctx.json(changed);
    }

    void delete(Context ctx) {
        int id = QueryParams.pathInteger(ctx, "id");
        Department department = existing(id);
        if (org.departments().stream().anyMatch(d -> d.parentId() != null && d.parentId() == id)) {
            throw new Conflict("department " + department.name() + " has departments below it: move or delete those first");
        }
        if (org.holdingsOf(id) > 0) {
            throw new Conflict("department " + department.name() + " still has people, account codes or department"
                    + " managers: move them to another department first, so their calls stay charged to a department");
        }
        org.deleteDepartment(id);
        audit.record(Access.principal(ctx).login(), "department-deleted", describe(department), ctx.ip());
        ctx.status(204);
    }

    private Department existing(int id) {
        return org.departments().stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundResponse("no department " + id));
    }

    /** {@code body} checked: a name, and a parent that exists and is not {@code id} itself or below it. */
    private DepartmentBody valid(DepartmentBody body, Integer id) {
        if (body.name() == null || body.name().isBlank() || body.name().strip().length() > OrgRules.MAX_NAME) {
            throw new BadRequest("name is required, at most " + OrgRules.MAX_NAME + " characters");
        }
        if (body.name().contains("/")) {
            throw new BadRequest("a department name cannot contain '/': the import uses it between levels");
        }
        Integer parent = body.parentId();
        if (parent != null) {
            existingParent(parent);
            if (id != null && org.subtree(id).contains(parent)) {
                throw new Conflict("department " + parent + " is " + (parent.equals(id) ? "the department itself"
                        : "below department " + id) + ": a department cannot be put under itself");
            }
        }
        return body;
    }

    private void existingParent(int parent) {
        if (org.departments().stream().noneMatch(d -> d.id() == parent)) {
            throw new BadRequest("parentId " + parent + " is not a department (leave it out for a top-level one)");
        }
    }

    static String describe(Department d) {
        return "department " + d.id() + " " + d.name() + (d.parentId() == null ? "" : " under " + d.parentId());
    }
}
