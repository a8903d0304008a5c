package org.bluewhale.connectors.tcp;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The source addresses a listener accepts connections from: exact IPs ({@code 10.1.2.3},
 * {@code fd00::7}) and CIDR ranges ({@code 10.1.0.0/16}). An empty list accepts anyone.
 * Only IP literals are allowed: a host name would make the filter depend on DNS.
 */
final class AllowedSources {

    private final List<IpSubnetFilterRule> rules;

    private AllowedSources(List<IpSubnetFilterRule> rules) {
        this.rules = rules;
    }

    /** Parses entries; a malformed one is rejected with a message naming it. */
    static AllowedSources parse(List<String> entries) {
        return new AllowedSources(entries.stream().map(AllowedSources::rule).toList());
    }

    boolean allows(InetSocketAddress source) {
        if (rules.isEmpty()) {
            return true;
        }
        for (IpSubnetFilterRule rule : rules) {
            if (rule.matches(source)) {
                return true;
            }
        }
        return false;
    }

    private static IpSubnetFilterRule rule(String entry) {
        String trimmed = entry.trim();
        int slash = trimmed.indexOf('/');
        String ip = slash < 0 ? trimmed : trimmed.substring(0, slash);
        InetAddress address = NetUtil.createInetAddressFromIpAddressString(ip);
        if (address == null) {
            throw new IllegalArgumentException("allowed source '" + entry + "' is not an IP address or CIDR range");
        }
        int hostBits = address instanceof Inet4Address ? 32 : 128;
        int prefix = slash < 0 ? hostBits : prefixLength(entry, trimmed.substring(slash + 1), hostBits);
        return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
    }

    private static int prefixLength(String entry, String text, int hostBits) {
        try {
            int prefix = Integer.parseInt(text);
            if (prefix >= 0 && prefix <= hostBits) {
                return prefix;
            }
        } catch (NumberFormatException e) {
            // reported below with the entry
        }
        throw new IllegalArgumentException("allowed source '" + entry + "' has a bad prefix length (0.."
                + hostBits + " expected)");
    }
}
