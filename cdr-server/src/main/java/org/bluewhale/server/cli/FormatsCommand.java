package org.bluewhale.server.cli;

import java.util.Comparator;
import java.util.concurrent.Callable;
import org.bluewhale.core.decode.RecordDecoderProvider;
import org.bluewhale.core.decode.RecordDecoders;
import picocli.CommandLine.Command;

@Command(name = "formats", mixinStandardHelpOptions = true,
        description = {"List the record formats this build reads (the values of pbx.<id>.format).",
            "Guide to each, and to site layouts: docs/formats.md."})
final class FormatsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        for (RecordDecoderProvider provider : RecordDecoders.discover().all().values().stream()
                .sorted(Comparator.comparing(RecordDecoderProvider::format)).toList()) {
            System.out.printf("%-20s %s%n", provider.format(), provider.description());
        }
        return 0;
    }
}
