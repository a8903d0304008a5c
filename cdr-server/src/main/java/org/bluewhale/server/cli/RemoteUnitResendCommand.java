package org.bluewhale.server.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bluewhale.remote.ResendRequests;
import org.bluewhale.remote.ResendRequests.Answer;
import org.bluewhale.remote.ResendRequests.Request;
import org.bluewhale.server.PbxSettings;
import org.bluewhale.server.config.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "resend", mixinStandardHelpOptions = true,
        description = {"Re-send to the server the records a PBX of this unit received in [--from, --to), from the "
                + "unit's raw journal (what journal.retention still keeps), e.g. after the server was restored from "
                + "an old backup.",
                "The records go with their own sequences: the server stores the calls it lacks and keeps the ones it "
                + "has once. The running unit takes the request on within a second; a stopped unit when it starts "
                + "(docs/remote-unit.md)."})
final class RemoteUnitResendCommand implements Callable<Integer> {

    /** How often the command looks for the unit's answer. */
    private static final long POLL_MILLIS = 100;

    @Option(names = "--config", required = true, description = "The unit's configuration file.")
    Path config;

    @Option(names = "--data", defaultValue = "ru-data", description = "The unit's data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--pbx", required = true, description = "The local PBX whose records to re-send.")
    String pbx;

    @Option(names = "--from", required = true, description = "Re-send the records received from this instant, e.g. "
            + "2026-11-24T00:00:00Z ...")
    Instant from;

    @Option(names = "--to", description = "... up to this instant (excluded; default: now).")
    Instant to;

    @Option(names = "--wait", defaultValue = "PT30S",
            description = "How long to wait for the running unit to queue the records (default: ${DEFAULT-VALUE}).")
    Duration wait;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Config configuration = Config.load(config);
        if (PbxSettings.all(configuration).stream().noneMatch(p -> p.descriptor().id().equals(pbx))) {
            throw new ParameterException(spec.commandLine(), "the unit's configuration has no PBX '" + pbx + "'");
        }
        Instant until = to == null ? Instant.now() : to;
        if (!from.isBefore(until)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is not before --to " + until);
        }
        ResendRequests requests = new ResendRequests(data);
        Request request = requests.submit(pbx, from, until);
        long deadline = System.nanoTime() + wait.toNanos();
        Optional<Answer> answer = requests.answerTo(request);
        while (answer.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS); // another process answers through a file: nothing to wait on but time
            answer = requests.answerTo(request);
        }
        if (answer.isEmpty()) {
            System.out.println("no running unit took the request on within " + wait.toSeconds() + " s: it waits in "
                    + requests.requestFile(request) + " and the unit re-sends the records when it starts");
            return 0;
        }
        Answer done = answer.get();
        return switch (done.state()) {
            case FAILED -> {
                System.err.println("error: the unit could not re-send: " + done.error());
                yield 1;
            }
            case QUEUED, DONE -> {
                System.out.println("queued: " + done.records() + " records of pbx " + pbx + " received from " + from
                        + " to " + until + (done.records() == 0 ? " (the journal keeps none of that range)"
                        : " (sequences " + done.firstSequence() + " to " + done.lastSequence() + "); the server "
                        + "stores those it lacks and drops those it has"));
                yield 0;
            }
        };
    }
}
