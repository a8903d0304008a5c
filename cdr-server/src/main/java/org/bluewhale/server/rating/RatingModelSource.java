package org.bluewhale.server.rating;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import org.bluewhale.rating.ModelJson;
import org.bluewhale.rating.RatingConfig;
import org.bluewhale.rating.RatingConfigException;
import org.bluewhale.rating.RatingKey;
import org.bluewhale.rating.RatingModel;

/**
 * Where the server's rating model comes from: the JSON file named by {@code rating.model}
 * (destination CSV files it names are read from the same folder), the built-in demo model when the
 * key says {@code demo}, else the {@code site.*} keys of the configuration.
 */
public final class RatingModelSource {

    static final String DEMO = "demo";

    private final Properties properties;
    private final Path file; // null: properties or demo

    public RatingModelSource(Properties properties) {
        this.properties = properties;
        String model = properties.getProperty(RatingKey.MODEL.pattern(), "").strip();
        this.file = model.isEmpty() || model.equals(DEMO) ? null : Path.of(model).toAbsolutePath();
    }

    /** The model file, or null when the model does not come from a file (nothing to watch). */
    public Path file() {
        return file;
    }

    /**
     * Reads the model now.
     *
     * @throws RatingConfigException naming what is wrong, including a missing or unreadable file
     */
    public RatingModel load() {
        if (file == null) {
            return DEMO.equals(properties.getProperty(RatingKey.MODEL.pattern(), "").strip())
                    ? ModelJson.demo() : RatingConfig.fromProperties(properties);
        }
        Path folder = file.getParent();
        try (Reader json = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ModelJson.read(json, name -> Files.newBufferedReader(folder.resolve(name), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new RatingConfigException(RatingKey.MODEL.pattern(), "no such file " + e.getFile());
        } catch (IOException e) {
            throw new RatingConfigException(RatingKey.MODEL.pattern(), "cannot read " + file + ": " + e);
        }
    }
}
