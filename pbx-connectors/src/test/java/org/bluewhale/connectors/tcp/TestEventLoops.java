package org.bluewhale.connectors.tcp;

import io.netty.channel.EventLoopGroup;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two event loops shared by the tests of one class, as the server shares its group among
 * connectors: {@code @RegisterExtension static final TestEventLoops loops = new TestEventLoops();}
 */
public final class TestEventLoops implements BeforeAllCallback, AfterAllCallback {

    private EventLoopGroup group;

    @Override
    public void beforeAll(ExtensionContext context) {
        group = TcpEventLoops.newGroup(2);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    public EventLoopGroup group() {
        return group;
    }
}
