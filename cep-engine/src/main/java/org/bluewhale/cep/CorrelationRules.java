package org.bluewhale.cep;

import com.espertech.esper.common.client.EPCompiled;
import com.espertech.esper.common.client.configuration.Configuration;
import com.espertech.esper.compiler.client.CompilerArguments;
import com.espertech.esper.compiler.client.EPCompileException;
import com.espertech.esper.compiler.client.EPCompilerProvider;
import com.espertech.esper.runtime.client.EPDeployException;
import com.espertech.esper.runtime.client.EPDeployment;
import com.espertech.esper.runtime.client.EPEventService;
import com.espertech.esper.runtime.client.EPRuntime;
import com.espertech.esper.runtime.client.EPRuntimeProvider;
import com.espertech.esper.runtime.client.EPStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Esper side of correlation: the statements of {@code correlation.epl}, run on a runtime
 * whose clock is advanced explicitly (never the wall clock inside Esper), so tests and a journal
 * re-read after a restart see the same decisions.
 */
final class CorrelationRules implements AutoCloseable {

    enum Verdict { COMPLETE, SETTLE, WAIT }

    private static final String RESOURCE = "correlation.epl";
    private static final AtomicInteger RUNTIMES = new AtomicInteger();

    private final EPRuntime runtime;
    private final EPEventService events;
    private Verdict verdict;
    private boolean swept;
    /**
     * Verdicts already given, by the update's counts. The complete and settle statements are filters
     * over one event (correlation.epl says they must stay so), so a verdict depends on the counts
     * alone; nearly every leg is a call of its own with all counts 0 and 1 leg, and is judged here
     * without going through Esper again. A handful of distinct updates ever occur; the cap is a guard.
     */
    private final Map<Long, Verdict> verdicts = new HashMap<>();
    private static final int MAX_REMEMBERED = 4_096;

    /** Compiling takes a few hundred milliseconds; the compiled rules serve every runtime. */
    private static EPCompiled compiled;

    CorrelationRules(long startMillis) {
        Configuration configuration = configuration();
        runtime = EPRuntimeProvider.getRuntime("bluewhale-correlation-" + RUNTIMES.incrementAndGet(), configuration);
        events = runtime.getEventService();
        events.advanceTime(startMillis);
        try {
            EPDeployment deployment = runtime.getDeploymentService().deploy(compiled(configuration));
            for (EPStatement statement : deployment.getStatements()) {
                switch (statement.getName()) {
                    case "complete" -> statement.addListener((in, old, s, r) -> verdict = Verdict.COMPLETE);
                    case "settle" -> statement.addListener((in, old, s, r) -> verdict = Verdict.SETTLE);
                    case "sweep" -> statement.addListener((in, old, s, r) -> swept = true);
                    default -> throw new IllegalStateException("unexpected statement " + statement.getName());
                }
            }
        } catch (EPCompileException | EPDeployException e) {
            runtime.destroy();
            throw new IllegalStateException("correlation rules do not compile: " + e.getMessage(), e);
        }
    }

    /** What the rules say of a call in this state. */
    Verdict judge(GroupUpdate update) {
        long key = update.key();
        Verdict known = key < 0 ? null : verdicts.get(key);
        if (known != null) {
            return known;
        }
        verdict = Verdict.WAIT;
        events.sendEventBean(update, "GroupUpdate");
        if (key >= 0 && verdicts.size() < MAX_REMEMBERED) {
            verdicts.put(key, verdict);
        }
        return verdict;
    }

    /** Moves Esper's clock forward; true when the sweep tick fired, i.e. deadlines are to be checked. */
    boolean advanceTo(long millis) {
        if (millis <= events.getCurrentTime()) {
            return false;
        }
        swept = false;
        events.advanceTime(millis);
        return swept;
    }

    long now() {
        return events.getCurrentTime();
    }

    private static Configuration configuration() {
        Configuration configuration = new Configuration();
        configuration.getCommon().addEventType(GroupUpdate.class);
        configuration.getRuntime().getThreading().setInternalTimerEnabled(false);
        return configuration;
    }

    private static synchronized EPCompiled compiled(Configuration configuration) throws EPCompileException {
        if (compiled == null) {
            compiled = EPCompilerProvider.getCompiler().compile(epl(), new CompilerArguments(configuration));
        }
        return compiled;
    }

    private static String epl() {
        try (InputStream in = CorrelationRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        runtime.destroy();
    }
}
