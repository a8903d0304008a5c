package org.bluewhale.store.charge;

/**
 * Who a call leg is charged to: a person and the department they were in, or a department alone
 * (an account code without a known person). A {@code charge} row; ids are {@code 0} for none.
 */
public record Charge(int userId, int departmentId) {
}
