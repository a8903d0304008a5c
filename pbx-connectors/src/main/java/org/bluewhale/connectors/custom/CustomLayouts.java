package org.bluewhale.connectors.custom;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.bluewhale.connectors.layout.LayoutException;

/**
 * Reads {@link CustomLayout} JSON with Jackson: unknown keys are errors (a misspelt key would
 * otherwise be silently ignored), and every error names the key or position to fix.
 */
public final class CustomLayouts {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CustomLayouts() {
    }

    /** The layout in {@code json}; {@code source} names it in messages. */
    public static CustomLayout parse(String json, String source) {
        try {
            CustomLayout layout = JSON.readValue(json, CustomLayout.class);
            CompiledLayout.compile(layout);
            return layout;
        } catch (UnrecognizedPropertyException e) {
            throw new LayoutException(source + ": unknown key '" + e.getPropertyName() + "'; known keys: "
                    + Arrays.stream(CustomLayout.class.getRecordComponents()).map(RecordComponent::getName).toList(), e);
        } catch (JacksonException e) {
            throw new LayoutException(source + ": not a layout: " + e.getOriginalMessage() + locate(e), e);
        }
    }

    /** The layout in a file (an operator's pbx.&lt;id&gt;.layout). */
    public static CustomLayout read(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    private static String locate(JacksonException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
