package org.bluewhale.cluster;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How a server joins its cluster. The server's configuration catalogue documents each key
 * ({@code cluster.*}); without {@code cluster.zookeeper} there is no cluster and none of this runs.
 *
 * @param zookeeper      the ZooKeeper ensemble, {@code host:port,host:port,...} (key {@code cluster.zookeeper})
 * @param group          the group this node belongs to, e.g. one per machine room: the PBXs of a
 *                       group are shared among its nodes only (key {@code cluster.group})
 * @param nodeId         this node's name, unique in its group and the same across restarts
 *                       (key {@code cluster.node-id})
 * @param sessionTimeout how long ZooKeeper waits for a silent node before its session ends and its
 *                       PBXs move to others: the failover time (key {@code cluster.session-timeout})
 */
public record ClusterSettings(String zookeeper, String group, String nodeId, Duration sessionTimeout) {

    /** Names become ZooKeeper path elements and words of the ownership record: no '/', no space. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    public ClusterSettings {
        if (zookeeper == null || zookeeper.isBlank()) {
            throw new IllegalArgumentException("cluster.zookeeper is empty: give host:port,... of the ensemble");
        }
        requireName("cluster.group", group);
        requireName("cluster.node-id", nodeId);
        if (sessionTimeout.isNegative() || sessionTimeout.isZero()) {
            throw new IllegalArgumentException("cluster.session-timeout must be positive: " + sessionTimeout);
        }
    }

    /** True for a name usable as a group, node or PBX id in the cluster. */
    static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    private static void requireName(String key, String value) {
        if (!isName(value)) {
            throw new IllegalArgumentException(key + " '" + value + "' must be 1 to 128 letters, digits, '.', '_' or '-'");
        }
    }

    /** The ZooKeeper folder of this node's group. */
    String groupPath() {
        return "/bluewhale/groups/" + group;
    }
}
