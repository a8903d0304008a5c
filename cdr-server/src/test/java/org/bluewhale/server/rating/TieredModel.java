package org.bluewhale.server.rating;

import java.io.IOException;
import java.io.StringReader;
import org.bluewhale.rating.ModelJson;
import org.bluewhale.rating.RatingModel;

/**
 * A rating model whose costs are easy to work out by hand: site hq in UTC (country 33), national
 * numbers of 9 digits after the 0, one plan {@code tel/volume} from 2026-01-01 at {@code price} a
 * minute in whole minutes, and 50 % from the plan's 3rd minute of the month.
 */
public final class TieredModel {

    private TieredModel() {
    }

    public static String json(String price) {
        return json(price, 60);
    }

    /** The same, billing at least {@code firstSeconds}, then whole minutes. */
    public static String json(String price, int firstSeconds) {
        return """
                {"sites": [{"id": "hq", "country": "33", "areaCode": "1", "zone": "UTC", "currency": "EUR",
                  "dialPlan": {"extensions": "2000-2999", "nationalPrefix": "0", "internationalPrefix": "00",
                               "nationalLengths": "9"},
                  "defaultCarrier": "tel/volume", "referenceCarrier": "tel/volume"}],
                 "carriers": [{"id": "tel", "plans": [{"id": "volume", "currency": "EUR", "versions": [{
                   "from": "2026-01-01", "zone": "UTC", "decimals": 2,
                   "tiers": [{"fromMinutes": 0, "percent": "100"}, {"fromMinutes": 3, "percent": "50"}],
                   "zones": {"NATIONAL": {"first": %d, "increment": 60, "price": "%s"}}}]}]}]}
                """.formatted(firstSeconds, price);
    }

    public static RatingModel of(String price) {
        return parse(json(price));
    }

    public static RatingModel of(String price, int firstSeconds) {
        return parse(json(price, firstSeconds));
    }

    /** The same with the tier counted per department: 50 % from the department's 3rd minute. */
    public static RatingModel perDepartment(String price) {
        return parse(json(price).replace("\"tiers\":", "\"tierScope\": \"department\", \"tiers\":"));
    }

    private static RatingModel parse(String json) {
        try {
            return ModelJson.read(new StringReader(json), name -> new StringReader(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
