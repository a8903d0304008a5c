package org.bluewhale.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The nodes a test started, each with what its listener was told; closes them all. */
final class Members implements AutoCloseable {

    record Member(ClusterNode node, RecordingListener listener) {
    }

    private final List<Member> members = new ArrayList<>();

    static Set<String> pbxs(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("pbx-%02d", i))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Closes {@code member} with the others. */
    void add(Member member) {
        members.add(member);
    }

    Member join(ClusterSettings settings, Set<String> pbxIds) throws InterruptedException {
        return join(settings, pbxIds, new RecordingListener());
    }

    Member join(ClusterSettings settings, Set<String> pbxIds, RecordingListener listener) throws InterruptedException {
        return join(settings, pbxIds, listener, listener);
    }

    /** Joins with {@code told} as the node's listener, recorded by {@code recorder} at its end. */
    Member join(ClusterSettings settings, Set<String> pbxIds, OwnershipListener told, RecordingListener recorder)
            throws InterruptedException {
        Member member = new Member(ClusterNode.join(settings, pbxIds, told), recorder);
        members.add(member);
        return member;
    }

    /**
     * PBX to the nodes whose listeners own it, over {@code these}, joined by '+' when more than
     * one does (for a moment during a rebalance, until the old owner reads the new assignment).
     */
    static Map<String, String> owners(List<Member> these) {
        Map<String, String> owners = new TreeMap<>();
        for (Member m : these) {
            for (String pbx : m.listener().owned.keySet()) {
                owners.merge(pbx, m.node().nodeId(), (one, other) -> one + "+" + other);
            }
        }
        return owners;
    }

    /** Every PBX owned by exactly one of {@code these}, in shares that differ by one at most. */
    static boolean balanced(List<Member> these, Set<String> pbxIds) {
        Map<String, String> owners = owners(these);
        if (!owners.keySet().equals(pbxIds) || owners.values().stream().anyMatch(node -> node.contains("+"))) {
            return false;
        }
        int min = these.stream().mapToInt(m -> m.listener().owned.size()).min().orElseThrow();
        int max = these.stream().mapToInt(m -> m.listener().owned.size()).max().orElseThrow();
        return max - min <= 1;
    }

    @Override
    public void close() {
        for (Member m : members) {
            m.node().close();
        }
    }
}
