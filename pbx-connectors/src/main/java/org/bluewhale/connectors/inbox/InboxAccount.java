package org.bluewhale.connectors.inbox;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The account one PBX pushes its CDR files with, on the embedded FTP or SFTP server.
 *
 * @param pbxId    the PBX the files belong to
 * @param user     its login
 * @param password its password
 * @param folder   the PBX's inbox: uploads land in {@link #uploads()}, complete files are handed
 *                 to {@link #complete()}, which a directory connector imports from
 */
public record InboxAccount(String pbxId, String user, String password, Path folder) {

    public InboxAccount {
        Objects.requireNonNull(pbxId, "pbxId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(folder, "folder");
        if (user.isBlank() || password.isEmpty()) {
            throw new IllegalArgumentException("an inbox account needs a user and a password (pbx " + pbxId + ")");
        }
    }

    /** The account's home as the PBX sees it. */
    public Path uploads() {
        return folder.resolve("upload");
    }

    /** Where fully written uploads wait to be imported. */
    public Path complete() {
        return folder.resolve("complete");
    }
}
