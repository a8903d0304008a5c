package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.demo.DemoSetup;
import org.bluewhale.store.cdr.CdrReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole server with a PBX that drops files in a folder instead of streaming over TCP. */
class DirectoryTransportTest {

    private static final String PBX = "branch-avaya";

    @TempDir
    Path temp;

    @Test
    void theCallsOfADroppedFileAreStoredExactlyOnceEvenWhenItIsDroppedAgain() throws Exception {
        Path data = temp.resolve("data");
        Path drop = temp.resolve("drop");
        Config config = DemoSetup.apply(Config.empty()).with("http.port", "0")
                .with("pbx." + PBX + ".format", "avaya-unformatted")
                .with("pbx." + PBX + ".site", "hq")
                .with("pbx." + PBX + ".zone", "Asia/Shanghai")
                .with("pbx." + PBX + ".transport", "directory")
                .with("pbx." + PBX + ".directory", drop.toString())
                .with("pbx." + PBX + ".poll-every", "50ms");
        String file = AvayaLines.text("241126 0915", 95, "A", "9", "2001", "004412345678") + "\r\n"
                + AvayaLines.text("241126 0916", 60, "A", "9", "2002", "62345678") + "\r\n";
        try (BluewhaleServer server = BluewhaleServer.start(data, config, 0, false)) {
            Poll.until("FAILING while the folder does not exist",
                    () -> server.connector(PBX).status().state() == State.FAILING);
            Files.createDirectories(drop);
            Files.writeString(drop.resolve("avaya-0915.txt"), file);
            Poll.until(Duration.ofSeconds(20), "the file imported and moved to done/",
                    () -> Files.exists(drop.resolve("done").resolve("avaya-0915.txt")));
            Files.writeString(drop.resolve("avaya-0915-resent.txt"), file);
            Poll.until(Duration.ofSeconds(20), "the copy imported and moved to done/",
                    () -> Files.exists(drop.resolve("done").resolve("avaya-0915-resent.txt")));
            Poll.until(Duration.ofSeconds(20), "both files' records through the pipeline",
                    () -> server.engine().pipeline().committedPosition() >= 4);

            CdrReader cdrs = server.engine().database().cdrReader();
            assertEquals(2, cdrs.cdrCount(), "two calls, each stored once");
            assertEquals(new CdrReader.KeyCounts(2, 0), cdrs.countSequences(PBX, 1, 3));
            assertEquals(State.LISTENING, server.connector(PBX).status().state());
            assertEquals(4, server.connector(PBX).status().records(), "both drops counted as received");
        }
    }
}
