package org.bluewhale.server.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.bluewhale.connectors.tcp.TcpRecordSender;
import org.bluewhale.server.sim.RspFeed;
import org.bluewhale.server.sim.SimulatedFeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Act as a PBX: send realistic CDR traffic of the demo site over TCP or Bluewhale RSP.")
final class SimulateCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, description = "HOST:PORT of a Bluewhale tcp-listen or rsp PBX.")
    String to;

    @Option(names = "--transport", defaultValue = "tcp", description = "tcp or rsp (default: ${DEFAULT-VALUE}).")
    String transport;

    @Mixin
    RspOptions rsp;

    @Option(names = "--format", required = true, description = "avaya-unformatted or cucm.")
    String format;

    @Option(names = "--count", defaultValue = "1000", description = "Records to send (default: ${DEFAULT-VALUE}).")
    long count;

    @Option(names = "--rate", defaultValue = "100", description = "Records per second, or max (default: ${DEFAULT-VALUE}).")
    String rate;

    @Option(names = "--seed", defaultValue = "1", description = "Traffic seed: the same seed sends the same calls.")
    long seed;

    @Option(names = "--start", defaultValue = "2026-11-02T00:00:00Z",
            description = "Start of the simulated traffic, ISO-8601 (default: ${DEFAULT-VALUE}, a Monday).")
    Instant start;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int colon = to.lastIndexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("--to must be HOST:PORT, got '" + to + "'");
        }
        InetSocketAddress target = new InetSocketAddress(to.substring(0, colon), Integer.parseInt(to.substring(colon + 1)));
        SimulatedFeed feed = new SimulatedFeed(format, seed, count, start);
        long sent;
        if (transport.equals("rsp")) {
            sent = RspFeed.send(rsp.config(target), feed, rate.equals("max") ? 0 : Double.parseDouble(rate));
        } else if (!transport.equals("tcp")) {
            throw new IllegalArgumentException("--transport must be tcp or rsp, got '" + transport + "'");
        } else {
            sent = sendOverTcp(target, feed);
        }
        System.out.println("sent: " + sent + " records to " + to);
        return 0;
    }

    private long sendOverTcp(InetSocketAddress target, SimulatedFeed feed) throws IOException {
        long sent;
        try (TcpRecordSender sender = TcpRecordSender.connect(target)) {
            sent = rate.equals("max") ? sender.sendAsFastAsPossible(feed)
                    : sender.sendAtRate(feed, Double.parseDouble(rate));
        }
        return sent;
    }
}
