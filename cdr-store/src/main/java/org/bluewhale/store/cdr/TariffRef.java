package org.bluewhale.store.cdr;

import java.util.Currency;
import org.bluewhale.core.RatedCall;

/** A {@code tariff} row: the tariff that priced a call and the currency of its cost. */
record TariffRef(String name, Currency currency) {

    /** The tariff of a rated call; a call the rater left without a tariff name gets {@code ""}. */
    static TariffRef of(RatedCall call) {
        return new TariffRef(call.tariff() == null ? "" : call.tariff(), call.cost().currency());
    }
}
