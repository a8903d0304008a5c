package org.bluewhale.connectors.ftp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Configuration of an {@link FtpPullConnector}: we fetch the PBX's CDR files from its FTP server.
 *
 * @param pbxId           the PBX whose records the files hold (journal key)
 * @param host            the FTP server
 * @param port            its control port (21; 990 for implicit FTPS)
 * @param user            login
 * @param password        password
 * @param remoteDirectory the folder the PBX writes its CDR files to
 * @param pollEvery       how often the folder is listed
 * @param after           what to do with a remote file once it is journaled
 * @param doneDirectory   for {@link After#RENAME}: the remote folder files are moved to
 * @param passive         passive mode (the client opens the data connections) rather than active
 * @param security        plain FTP, explicit FTPS (AUTH TLS) or implicit FTPS
 * @param trusted         PEM certificates to trust for FTPS, or null for the JVM's authorities
 * @param workDirectory   our own folder: the ledger of pulled files and the download staging area
 */
public record FtpPullConfig(String pbxId, String host, int port, String user, String password,
                            String remoteDirectory, Duration pollEvery, After after, String doneDirectory,
                            boolean passive, Security security, Path trusted, Path workDirectory) {

    /** What happens to a remote file after it has been journaled. */
    public enum After { KEEP, DELETE, RENAME }

    public enum Security { NONE, EXPLICIT_TLS, IMPLICIT_TLS }

    public FtpPullConfig {
        Objects.requireNonNull(pbxId, "pbxId");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(remoteDirectory, "remoteDirectory");
        Objects.requireNonNull(pollEvery, "pollEvery");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(doneDirectory, "doneDirectory");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(workDirectory, "workDirectory");
        if (host.isBlank()) {
            throw new IllegalArgumentException("the FTP host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range 1..65535: " + port);
        }
        if (pollEvery.isNegative() || pollEvery.isZero()) {
            throw new IllegalArgumentException("pollEvery must be positive: " + pollEvery);
        }
    }

    /** Passive plain FTP, files kept on the server, polled every minute. */
    public static FtpPullConfig of(String pbxId, String host, int port, String user, String password,
                                   String remoteDirectory, Path workDirectory) {
        return new FtpPullConfig(pbxId, host, port, user, password, remoteDirectory, Duration.ofMinutes(1),
                After.KEEP, "done", true, Security.NONE, null, workDirectory);
    }

    public FtpPullConfig withPollEvery(Duration every) {
        return new FtpPullConfig(pbxId, host, port, user, password, remoteDirectory, every, after, doneDirectory,
                passive, security, trusted, workDirectory);
    }

    public FtpPullConfig withAfter(After action, String renameInto) {
        return new FtpPullConfig(pbxId, host, port, user, password, remoteDirectory, pollEvery, action, renameInto,
                passive, security, trusted, workDirectory);
    }

    public FtpPullConfig withPassive(boolean passiveMode) {
        return new FtpPullConfig(pbxId, host, port, user, password, remoteDirectory, pollEvery, after, doneDirectory,
                passiveMode, security, trusted, workDirectory);
    }

    public FtpPullConfig withSecurity(Security mode, Path trustedCertificates) {
        return new FtpPullConfig(pbxId, host, port, user, password, remoteDirectory, pollEvery, after, doneDirectory,
                passive, mode, trustedCertificates, workDirectory);
    }
}
