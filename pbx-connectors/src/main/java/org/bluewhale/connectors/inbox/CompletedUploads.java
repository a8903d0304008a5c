package org.bluewhale.connectors.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bluewhale.connectors.directory.FileMoves;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a fully written upload over for import: the FTP and SFTP servers call
 * {@link #completed} when a client closes a file it wrote, or renames one, and the file is moved
 * from the account's upload folder into its {@code complete/} folder. Names that say a transfer
 * is still in progress ({@code .x}, {@code _x}, {@code x.tmp}, {@code x.part}, {@code x.filepart})
 * stay until the client renames them. A crash cannot hand over half a file: a file is moved only
 * after its writer closed it, and the move is atomic.
 */
public final class CompletedUploads {

    private static final Logger log = LoggerFactory.getLogger(CompletedUploads.class);
    private static final List<String> IN_PROGRESS_SUFFIXES = List.of(".tmp", ".part", ".filepart");

    private final Map<String, InboxAccount> byUser;

    public CompletedUploads(List<InboxAccount> accounts) {
        this.byUser = accounts.stream().collect(Collectors.toMap(InboxAccount::user, Function.identity()));
    }

    /**
     * @param user        the account that wrote
     * @param virtualPath the file as the client sees it, absolute within its home ({@code /cdr_1.txt})
     */
    public void completed(String user, String virtualPath) {
        InboxAccount account = byUser.get(user);
        if (account == null) {
            return;
        }
        Path uploads = account.uploads().toAbsolutePath().normalize();
        Path file = uploads.resolve(virtualPath.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(uploads) || !Files.isRegularFile(file) || inProgress(file.getFileName().toString())) {
            return;
        }
        try {
            Path moved = FileMoves.moveInto(file, account.complete());
            log.info("pbx {}: upload {} complete, handed over as {}", account.pbxId(), virtualPath, moved.getFileName());
        } catch (IOException e) {
            log.error("pbx {}: cannot hand over the upload {}: {}", account.pbxId(), file, e.toString());
        }
    }

    static boolean inProgress(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("_") || IN_PROGRESS_SUFFIXES.stream().anyMatch(lower::endsWith);
    }
}
