package org.bluewhale.reports;

/** Detail rows, the subtotal closing a group (a department), and the grand total. */
public enum RowKind {
    DETAIL, SUBTOTAL, TOTAL
}
