package org.bluewhale.store.orgimport;

import java.util.List;

/**
 * The outcome of an import: either problems (and then nothing was imported) or what changed.
 *
 * @param problems           every problem found, by line; empty when the import was applied
 * @param departmentsAdded   departments created (a path's missing levels)
 * @param usersAdded         people added
 * @param usersUpdated       people whose name, e-mail or department changed
 * @param assignmentsAdded   extension and authorisation-code assignments added
 * @param callsReallocated   stored calls charged to someone else since (assignments in the past)
 */
public record ImportReport(List<ImportProblem> problems, int departmentsAdded, int usersAdded, int usersUpdated,
                           int assignmentsAdded, long callsReallocated) {

    static ImportReport rejected(List<ImportProblem> problems) {
        return new ImportReport(List.copyOf(problems), 0, 0, 0, 0, 0);
    }

    public boolean applied() {
        return problems.isEmpty();
    }

    /** One line for the operator. */
    public String summary() {
        return applied()
                ? "imported: " + departmentsAdded + " departments added, " + usersAdded + " people added, "
                        + usersUpdated + " updated, " + assignmentsAdded + " extensions and codes assigned, "
                        + callsReallocated + " stored calls reallocated"
                : "nothing imported: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s");
    }
}
