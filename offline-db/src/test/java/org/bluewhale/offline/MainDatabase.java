package org.bluewhale.offline;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import org.bluewhale.core.testing.FaultProxy;
import org.bluewhale.store.ServerDatabase;
import org.h2.tools.Server;

/**
 * A real main database behind a {@link FaultProxy}: PostgreSQL or MariaDB (a schema of the test's
 * own, via cdr-store's {@link ServerDatabase}), or H2 served by an in-process H2 TCP server, which
 * keeps the database open while the proxy has cut every session ({@code DB_CLOSE_DELAY=-1}), as a
 * standing H2 server would.
 */
final class MainDatabase implements AutoCloseable {

    enum Kind { H2, POSTGRESQL, MARIADB }

    final FaultProxy proxy;
    final String url;
    final String user;
    private final Server h2;

    private MainDatabase(FaultProxy proxy, String url, String user, Server h2) {
        this.proxy = proxy;
        this.url = url;
        this.user = user;
        this.h2 = h2;
    }

    static MainDatabase start(Kind kind, Path dir) throws IOException, SQLException {
        if (kind == Kind.H2) {
            Server server = Server.createTcpServer("-tcpPort", Integer.toString(freePort()), "-ifNotExists",
                    "-baseDir", dir.toAbsolutePath().toString()).start();
            FaultProxy proxy = FaultProxy.to(server.getPort());
            return new MainDatabase(proxy, "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/main;DB_CLOSE_DELAY=-1", "sa",
                    server);
        }
        ServerDatabase server = kind == Kind.POSTGRESQL ? ServerDatabase.POSTGRESQL : ServerDatabase.MARIADB;
        String direct = server.urlFor(dir);
        FaultProxy proxy = FaultProxy.to(server.port);
        return new MainDatabase(proxy, direct.replace(":" + server.port + "/", ":" + proxy.port() + "/"),
                server.user, null);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        proxy.close();
        if (h2 != null) {
            h2.stop();
        }
    }
}
