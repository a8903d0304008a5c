package org.bluewhale.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.CallQuality;
import org.bluewhale.core.Money;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.journal.Frame;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.core.spi.Correlator;
import org.bluewhale.core.spi.Rater;
import org.bluewhale.core.testing.Poll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {

    @TempDir
    Path dir;

    private final InMemoryStore store = new InMemoryStore();
    private final PipelineConfig config = new PipelineConfig(100, 4, 250, Duration.ofMillis(20));

    /**
     * "call <seconds>" decodes to a leg, "quality <mos>" to a call-quality report, "header" is
     * skipped, anything else is rejected.
     */
    private static final RecordDecoder DECODER = record -> {
        String text = record.text();
        if (text.equals("header")) {
            return Decoded.skipped("header");
        }
        if (text.startsWith("quality ")) {
            return Decoded.quality(new CallQuality(record.pbxId(), record.sequence(), record.position(), "1:7",
                    "SEP0011AABB2101", "2101", Instant.EPOCH, 100, 99, 1, 2, 0,
                    Map.of(CallQuality.MOS, text.substring(8))));
        }
        if (!text.startsWith("call ")) {
            return Decoded.rejected("not a call: " + text);
        }
        return Decoded.leg(CallLeg.from(record, ZoneOffset.UTC).start(Instant.EPOCH)
                .durationSeconds(Integer.parseInt(text.substring(5))).build());
    };

    private static final Rater RATER = leg -> new RatedCall(leg, CallClass.LOCAL, leg.durationSeconds(),
            new Money(leg.durationSeconds(), Currency.getInstance("EUR")), "test");

    private Pipeline pipeline(Journal journal) {
        return new Pipeline(journal, pbx -> pbx.startsWith("known") ? DECODER : null, Correlator.PASS_THROUGH,
                RATER, store, config);
    }

    private static List<Frame> frames(String... texts) {
        List<Frame> frames = new ArrayList<>();
        for (String text : texts) {
            frames.add(Frame.of(text.getBytes(StandardCharsets.US_ASCII)));
        }
        return frames;
    }

    @Test
    void everyRecordIsStoredQuarantinedOrSkippedAndThePositionCommitted() throws Exception {
        try (Journal journal = Journal.open(JournalConfig.defaults(dir), store::committedPosition)) {
            Pipeline pipeline = pipeline(journal);
            pipeline.start();
            journal.append("known-1", frames("header", "call 30", "garbage\u0000", "call 61"));
            journal.append("stranger", frames("call 5"));
            journal.append("known-1", List.of(new Frame("call 1".getBytes(), true)));
            assertTrue(pipeline.awaitCommitted(6, 10_000));
            assertTrue(pipeline.stats().running());
            pipeline.close();
            assertFalse(pipeline.stats().running());

            assertEquals(Set.of("known-1/2", "known-1/4"), store.calls.keySet());
            assertEquals(List.of("not a call: garbage\u0000", "PBX 'stranger' is not configured",
                            "record longer than the framing limit; only its first 6 bytes were kept"),
                    store.quarantined.stream().map(Quarantined::reason).toList());
            assertEquals(6, store.position);
            PipelineStats stats = pipeline.stats();
            assertEquals(2, stats.stored());
            assertEquals(3, stats.quarantined());
            assertEquals(1, stats.skipped());
        }
    }

    @Test
    void qualityReportsReachTheStoreInTheSameBatchesAsCallsAndCountAsNeitherSkippedNorQuarantined()
            throws Exception {
        try (Journal journal = Journal.open(JournalConfig.defaults(dir), store::committedPosition)) {
            Pipeline pipeline = pipeline(journal);
            pipeline.start();
            journal.append("known-1", frames("call 30", "quality 4.1000", "quality 3.9000"));
            assertTrue(pipeline.awaitCommitted(3, 10_000));
            pipeline.close();

            assertEquals(Set.of("known-1/1"), store.calls.keySet());
            assertEquals(List.of(2L, 3L), store.quality.stream().map(CallQuality::sequence).toList());
            assertEquals(new BigDecimal("3.9000"), store.quality.get(1).decimal(CallQuality.MOS));
            PipelineStats stats = pipeline.stats();
            assertEquals(0, stats.skipped());
            assertEquals(0, stats.quarantined());
            assertEquals(2, stats.qualityReports());
        }
    }

    @Test
    void aPbxWhoseDecoderCannotBeMadeIsQuarantinedAndTheOthersFlowOn() throws Exception {
        try (Journal journal = Journal.open(JournalConfig.defaults(dir), store::committedPosition)) {
            Pipeline pipeline = new Pipeline(journal, pbx -> {
                if (pbx.equals("retired")) {
                    throw new IllegalArgumentException("unknown format 'mitel-smdr'");
                }
                return DECODER;
            }, Correlator.PASS_THROUGH, RATER, store, config);
            pipeline.start();
            journal.append("retired", frames("call 5", "call 6"));
            journal.append("known-1", frames("call 30"));
            assertTrue(pipeline.awaitCommitted(3, 10_000));
            assertTrue(pipeline.stats().running());
            pipeline.close();

            assertEquals(Set.of("known-1/1"), store.calls.keySet());
            assertEquals(List.of("PBX 'retired' has no decoder: unknown format 'mitel-smdr'",
                            "PBX 'retired' has no decoder: unknown format 'mitel-smdr'"),
                    store.quarantined.stream().map(Quarantined::reason).toList());
        }
    }

    @Test
    void aRestartResumesFromTheCommittedPosition() throws Exception {
        try (Journal journal = Journal.open(JournalConfig.defaults(dir), store::committedPosition)) {
            journal.append("known", frames("call 1", "call 2"));
            Pipeline first = pipeline(journal);
            first.start();
            assertTrue(first.awaitCommitted(2, 10_000));
            first.close();
            int transactionsBefore = store.transactions;

            journal.append("known", frames("call 3"));
            Pipeline second = pipeline(journal);
            second.start();
            assertTrue(second.awaitCommitted(3, 10_000));
            second.close();
            assertEquals(Set.of("known/1", "known/2", "known/3"), store.calls.keySet());
            assertEquals(transactionsBefore + 1, store.transactions, "records 1-2 were not read again");
        }
    }

    /** Holds calls of odd seconds until a call of 100 seconds or more arrives. */
    private static final class HoldOdd implements Correlator {
        final List<CallLeg> held = new ArrayList<>();

        @Override
        public List<CallLeg> offer(List<CallLeg> legs, Instant now) {
            List<CallLeg> ready = new ArrayList<>();
            for (CallLeg leg : legs) {
                if (leg.durationSeconds() % 2 == 1) {
                    held.add(leg);
                } else {
                    if (leg.durationSeconds() >= 100) {
                        ready.addAll(held);
                        held.clear();
                    }
                    ready.add(leg);
                }
            }
            return ready;
        }

        @Override
        public List<CallLeg> advance(Instant now) {
            return List.of();
        }

        @Override
        public long oldestHeldPosition() {
            return held.isEmpty() ? Long.MAX_VALUE : held.get(0).position();
        }
    }

    @Test
    void legsHeldByCorrelationAreReadAgainAfterARestartAndNothingIsStoredTwice() throws Exception {
        try (Journal journal = Journal.open(JournalConfig.defaults(dir), store::committedPosition)) {
            journal.append("known", frames("call 1", "call 2"));
            Pipeline first = new Pipeline(journal, pbx -> DECODER, new HoldOdd(), RATER, store, config);
            first.start();
            assertTrue(first.awaitCommitted(2, 10_000), "caught up: leg 2 stored, leg 1 held");
            first.close();
            assertEquals(Set.of("known/2"), store.calls.keySet());
            assertEquals(0, store.position, "the committed position stays below the held leg");

            Pipeline second = new Pipeline(journal, pbx -> DECODER, new HoldOdd(), RATER, store, config);
            second.start();
            journal.append("known", frames("call 100"));
            assertTrue(second.awaitCommitted(3, 10_000));
            second.close();
            assertEquals(Set.of("known/2", "known/1", "known/3"), store.calls.keySet());
            assertEquals(3, store.position);
        }
    }

    @Test
    void aFailingDatabaseHoldsRecordsBackAndLosesNone() throws Exception {
        store.failuresToInject.set(3);
        try (Journal journal = Journal.open(JournalConfig.defaults(dir), store::committedPosition)) {
            Pipeline pipeline = pipeline(journal);
            pipeline.start();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                texts.add("call " + i);
            }
            journal.append("known", frames(texts.toArray(String[]::new)));
            assertTrue(pipeline.awaitCommitted(1000, 20_000));
            pipeline.close();
            assertEquals(1000, store.calls.size());
            assertEquals(0, store.failuresToInject.get());
            Set<Long> sequences = store.calls.values().stream().map(c -> c.leg().sequence()).collect(Collectors.toSet());
            assertEquals(1000, sequences.size());
        }
    }

    @Test
    void aBatchRefusedForAPbxOwnedElsewhereIsWrittenWithoutItsRecordsAndThePositionPassesThem() throws Exception {
        store.ownedElsewhere.add("known-b");
        try (Journal journal = Journal.open(JournalConfig.defaults(dir), store::committedPosition)) {
            Pipeline pipeline = pipeline(journal);
            pipeline.start();
            for (int i = 0; i < 300; i++) {
                journal.append("known-a", frames("call " + i));
                journal.append("known-b", frames("call " + i, "garbage"));
            }
            assertTrue(pipeline.awaitCommitted(900, 20_000));
            pipeline.close();

            assertEquals(300, store.calls.size());
            assertTrue(store.calls.keySet().stream().allMatch(key -> key.startsWith("known-a/")), "none of known-b");
            assertTrue(store.quarantined.isEmpty(), "known-b's garbage is its owner's to quarantine");
            assertTrue(store.ownershipRefusals.get() > 0);
            assertEquals(0, store.failuresToInject.get());
            assertEquals(300, pipeline.stats().stored(), "counted as stored: only what this node wrote");
        }
    }

    @Test
    void closingWhileTheDatabaseRefusesGivesUpAfterTheDrainTimeoutAndLosesNothing() throws Exception {
        store.failuresToInject.set(Integer.MAX_VALUE);
        PipelineConfig impatient = new PipelineConfig(100, 4, 250, Duration.ofMillis(20), Duration.ofMillis(300));
        try (Journal journal = Journal.open(JournalConfig.defaults(dir), store::committedPosition)) {
            journal.append("known", frames("call 1", "call 2", "call 3"));
            Pipeline stuck = new Pipeline(journal, pbx -> DECODER, Correlator.PASS_THROUGH, RATER, store, impatient);
            stuck.start();
            Poll.until("the store stage to report the failing database", () -> stuck.stats().storeError() != null);
            long started = System.nanoTime();
            stuck.close();
            assertTrue(System.nanoTime() - started < 5_000_000_000L, "close gave up instead of waiting for ever");
            assertFalse(stuck.stats().running());
            assertEquals(0, store.calls.size());

            store.failuresToInject.set(0);
            Pipeline next = pipeline(journal);
            next.start();
            assertTrue(next.awaitCommitted(3, 10_000), "the next start stores what the first could not");
            next.close();
            assertEquals(Set.of("known/1", "known/2", "known/3"), store.calls.keySet());
        }
    }
}
