package org.bluewhale.connectors.directory;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Moves a processed file into {@code done/} or {@code failed/} without overwriting an older one. */
public final class FileMoves {

    private FileMoves() {
    }

    /**
     * Moves {@code file} into {@code folder} (created if needed) under its own name, or under
     * {@code name-1.ext}, {@code name-2.ext}, ... when that name is taken. Returns the new path.
     */
    public static Path moveInto(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int suffix = 0; ; suffix++) {
            Path target = folder.resolve(suffix == 0 ? name : base + "-" + suffix + extension);
            try {
                return Files.move(file, target); // no REPLACE_EXISTING: a clash throws, try the next name
            } catch (FileAlreadyExistsException e) {
                // taken: next suffix
            }
        }
    }
}
