package org.bluewhale.rating;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/** Reads rating configurations written as properties text, as an administrator would write them. */
final class Configs {

    private Configs() {
    }

    static RatingModel parse(String... lines) {
        try {
            return RatingConfig.fromReader(new StringReader(String.join("\n", lines)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal valid site "x" in EUR, plus the given lines (later lines win). */
    static RatingModel site(String... extraLines) {
        String[] base = {
                "site.x.country-code=33", "site.x.area-code=1", "site.x.currency=EUR",
                "site.x.local-lengths=8",
                "site.x.tariff.local=0.02 per 60/60", "site.x.tariff.national=0.05 per 60/60",
                "site.x.tariff.mobile=0.10 per 60/60", "site.x.tariff.international=0.50 per 60/60",
                "site.x.tariff.premium=1.00 per 60/60"};
        String[] all = new String[base.length + extraLines.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extraLines, 0, all, base.length, extraLines.length);
        return parse(all);
    }
}
