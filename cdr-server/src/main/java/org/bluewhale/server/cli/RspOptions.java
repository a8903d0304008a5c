package org.bluewhale.server.cli;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.bluewhale.rsp.TlsFiles;
import org.bluewhale.rsp.bluewhale.RspAuth;
import org.bluewhale.rsp.bluewhale.RspClientConfig;
import picocli.CommandLine.Option;

/** How a command reaches a Bluewhale RSP listener: peer id, key, TLS, compression. */
final class RspOptions {

    @Option(names = "--peer", description = "rsp: the peer id to announce (the server's pbx.<id>.rsp-peer, "
            + "by default the PBX id).")
    String peer;

    @Option(names = "--psk-file", description = "rsp: file holding the pre-shared key.")
    Path pskFile;

    @Option(names = "--tls-trust", description = "rsp: use TLS, trusting only this PEM certificate (the server's, "
            + "pinned, or its CA).")
    Path tlsTrust;

    @Option(names = "--tls-certificate", description = "rsp: client certificate (PEM) to present.")
    Path tlsCertificate;

    @Option(names = "--tls-key", description = "rsp: private key (PKCS#8 PEM) of --tls-certificate.")
    Path tlsKey;

    @Option(names = "--no-compression", description = "rsp: send batches uncompressed.")
    boolean noCompression;

    RspClientConfig config(InetSocketAddress target) {
        if (peer == null) {
            throw new IllegalArgumentException("--transport rsp needs --peer");
        }
        if ((tlsCertificate == null) != (tlsKey == null)) {
            throw new IllegalArgumentException("--tls-certificate and --tls-key go together");
        }
        RspAuth auth = pskFile == null ? null : RspAuth.fromFile(pskFile);
        RspClientConfig config = new RspClientConfig(target.getHostString(), target.getPort(), peer, auth,
                tlsTrust == null ? null : TlsFiles.client(tlsTrust, tlsCertificate, tlsKey), !noCompression, 1_000,
                java.time.Duration.ofSeconds(30), java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(30));
        return config;
    }
}
