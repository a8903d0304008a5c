package org.bluewhale.rating;

import java.util.Objects;
import org.bluewhale.core.CallClass;

/**
 * What the dial plan made of a call leg.
 *
 * @param callClass the class the tariff is chosen by
 * @param e164      the external party's number in E.164 form ({@code +8613812345678}), or empty when
 *                  there is none: internal calls, emergency short codes, numbers the plan cannot read
 */
public record Classification(CallClass callClass, String e164) {

    static final Classification INTERNAL = new Classification(CallClass.INTERNAL, "");
    static final Classification UNKNOWN = new Classification(CallClass.UNKNOWN, "");

    public Classification {
        Objects.requireNonNull(callClass, "callClass");
        Objects.requireNonNull(e164, "e164");
    }
}
