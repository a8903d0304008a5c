package org.bluewhale.remote;

import java.util.function.Function;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.rsp.bluewhale.RspClientConfig;

/**
 * How a remote unit serves one local PBX.
 *
 * @param pbxId      the local PBX
 * @param journal    where its records are kept (a directory of its own) and for how long
 * @param connectors builds the PBX's connector around the journal it appends to
 * @param forward    how its records reach the server
 */
public record FeedSpec(String pbxId, JournalConfig journal, Function<Journal, Connector> connectors,
                       RspClientConfig forward) {
}
