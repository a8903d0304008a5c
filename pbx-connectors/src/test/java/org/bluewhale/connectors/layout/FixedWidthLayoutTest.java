package org.bluewhale.connectors.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixedWidthLayoutTest {

    private static final String MINIMAL = """
            name = site-custom
            date-pattern = yyyy-MM-dd HH:mm:ss
            minimum-length = 40
            field.start = 0-19
            field.duration = 20-25
            field.calling-number = 26-33
            field.dialed-number = 34-50
            """;

    @Test
    void presetCarriesTheDocumentedColumns() {
        FixedWidthLayout layout = FixedWidthLayout.preset("avaya-unformatted");
        assertEquals("avaya-unformatted", layout.name());
        assertEquals(70, layout.minimumLength());
        assertEquals(new Column(12, 16), layout.column(LayoutField.DURATION));
        assertEquals(new Column(31, 49), layout.column(LayoutField.CALLING_NUMBER));
        assertEquals(new Column(50, 65), layout.column(LayoutField.DIALED_NUMBER));
        assertEquals(new Column(90, 91), layout.column(LayoutField.FEATURE_FLAG));
        assertEquals(91, layout.recordWidth());
        assertEquals("ddMMyy HHmm", layout.startPattern().toString());
    }

    @Test
    void siteLayoutFileLoadsFromAPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("site.properties");
        Files.writeString(file, MINIMAL);
        FixedWidthLayout layout = FixedWidthLayout.load(file);
        assertEquals("site-custom", layout.name());
        assertEquals(new Column(26, 33), layout.column(LayoutField.CALLING_NUMBER));
        assertFalse(layout.column(LayoutField.AUTH_CODE).isPresent());
    }

    @Test
    void overlappingColumnsAreNamed() {
        LayoutException e = assertThrows(LayoutException.class,
                () -> load(MINIMAL.replace("field.calling-number = 26-33", "field.calling-number = 24-33")));
        assertTrue(e.getMessage().contains("overlaps"), e.getMessage());
        assertTrue(e.getMessage().contains("duration (20-25)") && e.getMessage().contains("calling-number (24-33)"),
                e.getMessage());
    }

    @Test
    void unknownFieldNameIsReportedWithTheKnownOnes() {
        LayoutException e = assertThrows(LayoutException.class, () -> load(MINIMAL + "field.caller = 51-60\n"));
        assertTrue(e.getMessage().contains("unknown field 'caller'"), e.getMessage());
        assertTrue(e.getMessage().contains("calling-number"), e.getMessage());
    }

    @Test
    void missingRequiredFieldIsReported() {
        LayoutException e = assertThrows(LayoutException.class,
                () -> load(MINIMAL.replace("field.duration = 20-25\n", "")));
        assertTrue(e.getMessage().contains("missing required field.duration"), e.getMessage());
    }

    @Test
    void malformedRangesAndPatternsAreReported() {
        assertThrows(LayoutException.class, () -> load(MINIMAL.replace("20-25", "25-20")));
        assertThrows(LayoutException.class, () -> load(MINIMAL.replace("20-25", "twenty")));
        LayoutException width = assertThrows(LayoutException.class, () -> load(MINIMAL.replace("0-19", "0-17")));
        assertTrue(width.getMessage().contains("19"), width.getMessage());
        LayoutException pattern = assertThrows(LayoutException.class,
                () -> load(MINIMAL.replace("yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ZZ")));
        assertTrue(pattern.getMessage().contains("'Z'"), pattern.getMessage());
        assertThrows(LayoutException.class, () -> load(MINIMAL + "colour = blue\n"));
        assertThrows(LayoutException.class, () -> FixedWidthLayout.preset("no-such-pbx"));
    }

    @Test
    void endTimeLayoutsAndTheirMistakes() throws IOException {
        String endTime = MINIMAL.replace("date-pattern = yyyy-MM-dd HH:mm:ss", "time-pattern = HHmm\ndate-record = MM dd")
                .replace("field.start = 0-19", "field.end-time = 0-4");
        FixedWidthLayout layout = load(endTime);
        assertEquals("HHmm", layout.endTimePattern().toString());
        assertEquals("MM dd", layout.dateRecordPattern().toString());
        assertEquals(null, layout.startPattern());
        assertEquals("test.properties: field.end-time needs 'time-pattern' (e.g. HHmm)",
                assertThrows(LayoutException.class, () -> load(endTime.replace("time-pattern = HHmm\n", ""))).getMessage());
        assertEquals("test.properties: time-pattern: date pattern 'ddHH': 'd' is not allowed here (use HH mm ss)",
                assertThrows(LayoutException.class, () -> load(endTime.replace("HHmm", "ddHH"))).getMessage());
        assertEquals("test.properties: field.start and field.end-time both given; a layout has one of them",
                assertThrows(LayoutException.class, () -> load(endTime + "field.start = 60-71\ndate-pattern = ddMMyy HHmm\n"))
                        .getMessage());
        assertEquals("test.properties: duration-format = 'tenths'; expected one of [seconds, hmmt]",
                assertThrows(LayoutException.class, () -> load(endTime + "duration-format = tenths\n")).getMessage());
    }

    @Test
    void splitFieldsAreJoinedInOrderAndMayNotOverlapOthers() throws IOException {
        FixedWidthLayout lsu = FixedWidthLayout.preset("avaya-lsu");
        assertEquals(2, lsu.parts(LayoutField.CALLING_NUMBER).length);
        assertEquals(new Column(45, 46), lsu.parts(LayoutField.CALLING_NUMBER)[0]);
        assertEquals("test.properties: field.duration (20-25) overlaps field.calling-number (24-25)",
                assertThrows(LayoutException.class, () -> load(MINIMAL.replace("field.calling-number = 26-33",
                        "field.calling-number = 26-33 + 24-25"))).getMessage());
        assertEquals("test.properties: field.duration cannot be split over the record",
                assertThrows(LayoutException.class, () -> load(MINIMAL.replace("field.duration = 20-25",
                        "field.duration = 20-23 + 60-62"))).getMessage());
    }

    private static FixedWidthLayout load(String text) throws IOException {
        return FixedWidthLayout.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.properties");
    }
}
