package org.bluewhale.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bluewhale.core.CallClass;
import org.bluewhale.core.Direction;
import org.junit.jupiter.api.Test;

/** Rule interplay that the demo plan does not exercise: overlaps, lengths, the generic plan. */
class CallClassifierRulesTest {

    private static CallClassifier plan(String... lines) {
        return Configs.site(lines).sites().get("x").classifier();
    }

    @Test
    void longestPrefixWinsWhereMobileAndPremiumOverlap() {
        CallClassifier c = plan("site.x.mobile-prefixes=16", "site.x.premium-prefixes=168",
                "site.x.mobile-lengths=11");

        assertEquals(CallClass.PREMIUM, c.classifyNumber("16812345678").callClass());
        assertEquals(CallClass.MOBILE, c.classifyNumber("16712345678").callClass());
    }

    @Test
    void aLongerPrefixThatDeclinesTheLengthLeavesTheNumberToShorterRules() {
        CallClassifier c = plan("site.x.mobile-prefixes=6,61", "site.x.mobile-lengths=9");

        // 61 and 6 decline an 8-digit number, so it falls through to the local length.
        assertEquals(new Classification(CallClass.LOCAL, "+33161234567"), c.classifyNumber("61234567"));
        assertEquals(new Classification(CallClass.MOBILE, "+33612345678"), c.classifyNumber("612345678"));
    }

    @Test
    void internationalPrefixOutranksTheNationalPrefixItStartsWith() {
        CallClassifier c = plan("site.x.national-prefix=0", "site.x.international-prefix=00");

        assertEquals(new Classification(CallClass.INTERNATIONAL, "+8613812345678"),
                c.classifyNumber("008613812345678"));
        assertEquals(new Classification(CallClass.NATIONAL, "+33472000000"), c.classifyNumber("0472000000"));
    }

    @Test
    void longestAccessCodeIsStripped() {
        CallClassifier c = plan("site.x.access-codes=0,80", "site.x.national-prefix=",
                "site.x.international-prefix=011");

        assertEquals(new Classification(CallClass.LOCAL, "+33112345678"), c.classifyNumber("8012345678"));
        assertEquals(new Classification(CallClass.INTERNATIONAL, "+4420794600"), c.classifyNumber("0011 44 2079 4600"));
    }

    @Test
    void anExtensionIsInternalEvenWhenItLooksLikeAShortCode() {
        CallClassifier c = plan("site.x.extensions=100-113", "site.x.emergency=112,115");

        assertEquals(CallClass.INTERNAL, c.classifyNumber("112").callClass());
        assertEquals(CallClass.EMERGENCY, c.classifyNumber("115").callClass());
    }

    @Test
    void extensionRangesMatchOnlyTheirOwnNumberOfDigits() {
        CallClassifier c = plan("site.x.extensions=0100-0199");

        assertEquals(CallClass.INTERNAL, c.classifyNumber("0150").callClass());
        assertEquals(CallClass.UNKNOWN, c.classifyNumber("150").callClass());
    }

    @Test
    void genericPlanOnlyTrustsTheDirectionAndKeepsPlusNumbers() {
        CallClassifier generic = new CallClassifier(DialPlan.GENERIC);

        assertEquals(Classification.UNKNOWN, generic.classify("52345678", Direction.OUTGOING, "2101"));
        assertEquals(Classification.UNKNOWN, generic.classify("0014155550123", Direction.OUTGOING, "2101"));
        assertEquals(new Classification(CallClass.UNKNOWN, "+14155550123"),
                generic.classify("+1 415 555 0123", Direction.OUTGOING, "2101"));
        assertEquals(CallClass.INTERNAL, generic.classify("2345", Direction.INTERNAL, "2101").callClass());
        assertEquals(new Classification(CallClass.INBOUND, "+4989123456"),
                generic.classify("2101", Direction.INCOMING, "+4989123456"));
    }
}
