package org.bluewhale.core.spi;

/**
 * A transport that receives records from one PBX (or several, for a shared listener) and
 * appends them to the journal. Started and stopped by the server; never throws from
 * {@link #start()} because the far end is down — it reports that in {@link #status()} and retries.
 */
public interface Connector extends AutoCloseable {

    /** A short name for logs and the UI, e.g. {@code tcp-listen :5101 (avaya1)}. */
    String name();

    void start();

    ConnectorStatus status();

    @Override
    void close();
}
