package org.bluewhale.store.orgimport;

/** Why line {@code line} of an import file (1 is the header) cannot be imported. */
public record ImportProblem(int line, String message) {

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
