package org.bluewhale.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.bluewhale.reports.SampleReports;
import org.junit.jupiter.api.Test;

class JsonExporterTest {

    @Test
    void moneyIsExactDurationsAreSecondsAndColumnsSayWhich() throws IOException {
        byte[] json = Exports.bytes(SampleReports.departmentSummary(), ReportFormat.JSON, false);
        JsonNode root = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json);
        assertEquals("Department cost summary", root.get("title").asText());
        assertEquals("Total savings", root.get("header").get(5).get("label").asText());
        assertEquals("money", root.get("columns").get(2).get("type").asText());
        assertEquals("duration", root.get("columns").get(5).get("type").asText());
        JsonNode wang = root.get("rows").get(4);
        assertEquals("detail", wang.get("kind").asText());
        assertEquals("王伟", wang.get("cells").get(1).asText());
        assertEquals(0, new BigDecimal("12.50").compareTo(wang.get("cells").get(2).decimalValue()));
        assertEquals(29_925L, wang.get("cells").get(5).asLong());
        JsonNode total = root.get("rows").get(root.get("rows").size() - 1);
        assertEquals("total", total.get("kind").asText());
        assertEquals(0, new BigDecimal("119.50").compareTo(total.get("cells").get(2).decimalValue()));
        assertTrue(new String(json, StandardCharsets.UTF_8).contains("\"王伟\",12.50,3.10,7,29925,"),
                "money is a number written with the currency's decimals");
    }
}
