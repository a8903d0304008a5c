package org.bluewhale.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.bluewhale.rating.ModelJson;
import org.bluewhale.rating.RatingModel;

/**
 * The JSON rating model file ({@code rating.model}) as the tariff editor changes it: a changed
 * document is checked whole by {@link ModelJson} first, then written beside the file and renamed
 * over it (a reader never sees half a file), then put in use at once. A document with any error
 * changes nothing.
 */
public final class TariffModelFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Consumer<RatingModel> inUse;

    /** @param inUse puts a checked model in place for the calls rated from now on */
    public TariffModelFile(Path file, Consumer<RatingModel> inUse) {
        this.file = file.toAbsolutePath();
        this.inUse = inUse;
    }

    /** A fresh copy of the document, the caller's to change. */
    public synchronized ObjectNode document() {
        try {
            return (ObjectNode) JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rating model " + file, e);
        }
    }

    /**
     * Checks, writes and puts in use {@code changed}, which was read by {@link #document} while
     * {@code change} ran under this file's lock, so two editors never lose each other's change.
     *
     * @throws IllegalArgumentException naming where the changed model is wrong; nothing changed
     */
    public synchronized RatingModel change(Consumer<ObjectNode> change) {
        ObjectNode doc = document();
        change.accept(doc);
        String text;
        RatingModel model;
        try {
            text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
            Path folder = file.getParent();
            model = ModelJson.read(new StringReader(text),
                    name -> Files.newBufferedReader(folder.resolve(name), StandardCharsets.UTF_8));
            Path next = file.resolveSibling("." + file.getFileName() + ".next");
            Files.writeString(next, text + "\n", StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(next, StandardOpenOption.WRITE)) {
                channel.force(true); // on disk before it replaces the model, so a crash leaves one whole file
            }
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rating model " + file, e);
        }
        inUse.accept(model);
        return model;
    }
}
