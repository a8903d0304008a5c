package org.bluewhale.rating;

/**
 * Digit prefixes mapped to rules, searched longest prefix first: when {@code 16} and {@code 168}
 * both match, the {@code 168} rule is asked first and the shorter one only if it declines.
 */
final class PrefixTable {

    /** What a prefix means; it may decline a number (wrong length...) by returning null. */
    @FunctionalInterface
    interface Rule {
        /**
         * @param number    the whole number, digits only
         * @param prefixEnd index just past the matched prefix
         */
        Classification apply(String number, int prefixEnd);
    }

    private static final class Node {
        final Node[] children = new Node[10];
        Rule rule;
    }

    private final Node root = new Node();

    /**
     * Adds a rule for a non-empty digit prefix.
     *
     * @throws IllegalArgumentException if the prefix is not digits or already has a rule
     */
    void put(String prefix, Rule rule) {
        if (prefix.isEmpty() || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("prefix '" + prefix + "' must be digits");
        }
        Node node = root;
        for (int i = 0; i < prefix.length(); i++) {
            int digit = prefix.charAt(i) - '0';
            if (node.children[digit] == null) {
                node.children[digit] = new Node();
            }
            node = node.children[digit];
        }
        if (node.rule != null) {
            throw new IllegalArgumentException("prefix " + prefix + " is given two meanings");
        }
        node.rule = rule;
    }

    /** The verdict of the longest matching prefix that accepts {@code number}, or null. */
    Classification classify(String number) {
        return match(root, number, 0);
    }

    private static Classification match(Node node, String number, int depth) {
        if (depth < number.length()) {
            Node child = node.children[number.charAt(depth) - '0'];
            if (child != null) {
                Classification deeper = match(child, number, depth + 1);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return node.rule == null ? null : node.rule.apply(number, depth);
    }
}
