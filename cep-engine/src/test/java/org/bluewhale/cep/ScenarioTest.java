package org.bluewhale.cep;

import static org.bluewhale.cep.Cdr.avaya;
import static org.bluewhale.cep.Cdr.cisco;
import static org.bluewhale.cep.Cdr.in;
import static org.bluewhale.cep.Cdr.out;
import static org.bluewhale.core.CallFeature.BARGE;
import static org.bluewhale.core.CallFeature.CONFERENCE;
import static org.bluewhale.core.CallFeature.DIVERT;
import static org.bluewhale.core.CallFeature.FORWARD;
import static org.bluewhale.core.CallFeature.HUNT;
import static org.bluewhale.core.CallFeature.MEET_ME;
import static org.bluewhale.core.CallFeature.PARK;
import static org.bluewhale.core.CallFeature.PICKUP;
import static org.bluewhale.core.CallFeature.TRANSFER;

import org.bluewhale.core.Direction;
import org.junit.jupiter.api.Test;

/**
 * One test per scenario of docs/correlation.md. Cisco legs follow the CDR Examples chapter of
 * Cisco's CDR Administration Guide (leg identifiers 101..., OnBehalfOf 10 transfer, 4 conference,
 * 3 park...); each call is checked in order, in reverse and shuffled among unrelated calls.
 */
class ScenarioTest {

    @Test
    void blindTransferOfAnOutgoingCall() {
        // 2001 calls the PSTN (120 s), blind-transfers it to 2002; the PSTN party talks on with 2002.
        Assembly.of().heldUntilComplete()
                .leg(out(cisco(1, 1, 101, 102, "2001", "3071111", 0, 120)).endedBy(TRANSFER), "2001")
                .leg(cisco(2, 2, 103, 104, "2001", "2002", 120, 0).endedBy(TRANSFER), "2001")
                .leg(in(cisco(3, 1, 102, 104, "3071111", "2002", 120, 350)).joinedBy(TRANSFER), "2002", "3071111")
                .check();
    }

    @Test
    void consultTransferOfAnIncomingCall() {
        // The PSTN calls 2001, who consults 2002 for 30 s and transfers: the incoming call stays free.
        Assembly.of().heldUntilComplete()
                .leg(in(cisco(1, 1, 101, 102, "3071111", "2001", 0, 60)).endedBy(TRANSFER), "2001")
                .leg(cisco(2, 2, 103, 104, "2001", "2002", 60, 30).endedBy(TRANSFER), "2001")
                .leg(in(cisco(3, 1, 101, 104, "3071111", "2002", 90, 300)).joinedBy(TRANSFER), "2002")
                .check();
    }

    @Test
    void consultTransferToAnOutsideNumberIsPaidByTheTransferringExtension() {
        Assembly.of().heldUntilComplete()
                .leg(in(cisco(1, 1, 101, 102, "3071111", "2001", 0, 60)).endedBy(TRANSFER), "2001")
                .leg(out(cisco(2, 2, 103, 104, "2001", "13900001111", 60, 20)).endedBy(TRANSFER), "2001")
                .leg(in(cisco(3, 1, 101, 104, "3071111", "13900001111", 80, 600)).trunkOut("SH-PSTN-CUBE")
                        .direction(Direction.TANDEM).joinedBy(TRANSFER), "2001", "13900001111")
                .check();
    }

    @Test
    void chainedTransfers() {
        // 2001's outside call goes to 2002, who transfers it on to 2003.
        Assembly.of().heldUntilComplete()
                .leg(out(cisco(1, 1, 101, 102, "2001", "3071111", 0, 100)).endedBy(TRANSFER), "2001")
                .leg(cisco(2, 2, 103, 104, "2001", "2002", 100, 5).endedBy(TRANSFER), "2001")
                .leg(in(cisco(3, 1, 102, 104, "3071111", "2002", 105, 200)).joinedBy(TRANSFER).endedBy(TRANSFER),
                        "2002", "3071111")
                .leg(cisco(4, 3, 104, 106, "2002", "2003", 300, 5).endedBy(TRANSFER), "2002")
                .leg(in(cisco(5, 1, 102, 106, "3071111", "2003", 305, 400)).joinedBy(TRANSFER), "2003", "3071111")
                .check();
    }

    @Test
    void adHocConferenceChargesEachOutsideLegToWhoBroughtItIn() {
        // 2001 calls 2002, then the PSTN, and joins all three on a bridge (CFB).
        Assembly.of()
                .leg(cisco(1, 1, 101, 102, "2001", "2002", 0, 60).endedBy(CONFERENCE), "2001")
                .leg(out(cisco(2, 2, 103, 104, "2001", "3071111", 60, 30)).endedBy(CONFERENCE), "2001")
                .leg(cisco(3, 1, 101, 105, "2001", "b0029901001", 90, 300).joinedBy(CONFERENCE), "2001")
                .leg(cisco(4, 1, 102, 106, "2002", "b0029901001", 90, 280).joinedBy(CONFERENCE), "2002")
                .leg(in(cisco(5, 1, 104, 107, "3071111", "b0029901001", 90, 310)).joinedBy(CONFERENCE), "2001",
                        "3071111")
                .check();
    }

    @Test
    void meetMeConferenceLegsAreEachPaidByTheirOwner() {
        Assembly.of()
                .leg(cisco(1, 11, 201, 202, "2001", "5000", 0, 900).joinedBy(MEET_ME), "2001")
                .leg(in(cisco(2, 12, 203, 204, "3071111", "5000", 30, 870)).joinedBy(MEET_ME), "5000")
                .leg(cisco(3, 13, 205, 206, "2003", "5000", 60, 840).joinedBy(MEET_ME), "2003")
                .check();
    }

    @Test
    void forwardAllToAnOutsideNumberIsPaidByTheForwarder() {
        Assembly.of().leg(out(cisco(1, 1, 101, 102, "2005", "13911112222", 0, 90)).originalCalledNumber("2001")
                .lastRedirectingNumber("2001").redirectedBy(FORWARD), "2001", "13911112222").check();
    }

    @Test
    void forwardBusyOfAnIncomingCallIsOnTheExtensionThatAnswered() {
        Assembly.of().leg(in(cisco(1, 1, 101, 102, "3071111", "2003", 0, 90)).originalCalledNumber("2001")
                .lastRedirectingNumber("2001").redirectedBy(FORWARD), "2003").check();
    }

    @Test
    void forwardNoAnswerChainBackOutIsPaidByTheLastForwarder() {
        // The PSTN calls 2001, no answer -> 2002, no answer -> a mobile: a tandem call.
        Assembly.of().leg(in(cisco(1, 1, 101, 102, "3071111", "13911112222", 0, 120)).trunkOut("SH-PSTN-CUBE")
                .direction(Direction.TANDEM).originalCalledNumber("2001").lastRedirectingNumber("2002")
                .redirectedBy(FORWARD), "2002").check();
    }

    @Test
    void pickupIsOnTheExtensionThatPickedUp() {
        Assembly.of().leg(in(cisco(1, 1, 101, 102, "3071111", "2002", 0, 60)).originalCalledNumber("2001")
                .lastRedirectingNumber("2001").redirectedBy(PICKUP), "2002").check();
    }

    @Test
    void autoPickupOfAnInternalCallIsOnTheCaller() {
        Assembly.of().leg(cisco(1, 1, 101, 102, "2005", "2002", 0, 60).originalCalledNumber("2001")
                .lastRedirectingNumber("2001").redirectedBy(PICKUP), "2005").check();
    }

    @Test
    void immediateDivertIsOnTheDivertingExtension() {
        Assembly.of().leg(in(cisco(1, 1, 101, 102, "3071111", "6000", 0, 40)).originalCalledNumber("2001")
                .lastRedirectingNumber("2001").redirectedBy(DIVERT), "2001").check();
    }

    @Test
    void bargeLegIsPaidByTheBargerInTheBargedCall() {
        Assembly.of()
                .leg(out(cisco(1, 7, 101, 102, "2001", "3071111", 0, 300)), "2001")
                .leg(cisco(2, 7, 103, 104, "2011", "2001", 60, 120).joinedBy(BARGE), "2011")
                .check();
    }

    @Test
    void cBargeThroughAConferenceBridge() {
        Assembly.of()
                .leg(out(cisco(1, 8, 101, 102, "2001", "3071111", 0, 60)).endedBy(CONFERENCE), "2001")
                .leg(cisco(2, 8, 101, 105, "2001", "b0029901002", 60, 200).joinedBy(CONFERENCE), "2001")
                .leg(in(cisco(3, 8, 102, 106, "3071111", "b0029901002", 60, 200)).joinedBy(CONFERENCE), "2001",
                        "3071111")
                .leg(cisco(4, 8, 107, 108, "2011", "b0029901002", 60, 150).joinedBy(BARGE), "2011")
                .check();
    }

    @Test
    void parkAndRetrieveOfAnOutgoingCall() {
        // 2001 calls the PSTN, parks it; 2003 retrieves it and talks on: that part is 2003's.
        Assembly.of().heldUntilComplete()
                .leg(out(cisco(1, 1, 101, 102, "2001", "3071111", 0, 100)).endedBy(PARK), "2001")
                .leg(in(cisco(2, 1, 102, 105, "3071111", "2003", 130, 200)).joinedBy(PARK), "2003", "3071111")
                .check();
    }

    @Test
    void parkAndRetrieveOfAnIncomingCall() {
        Assembly.of().heldUntilComplete()
                .leg(in(cisco(1, 1, 101, 102, "3071111", "2001", 0, 100)).endedBy(PARK), "2001")
                .leg(in(cisco(2, 1, 101, 105, "3071111", "2003", 130, 200)).joinedBy(PARK), "2003")
                .check();
    }

    @Test
    void huntGroupCallIsOnTheMemberWhoAnswered() {
        Assembly.of().leg(in(cisco(1, 1, 101, 102, "3071111", "2003", 0, 200)).originalCalledNumber("2500")
                .redirectedBy(HUNT), "2003").check();
    }

    @Test
    void tandemCallIsOnTheIncomingTrunk() {
        Assembly.of().leg(cisco(1, 1, 101, 102, "3071111", "8613900001111", 0, 200).direction(Direction.TANDEM)
                .trunkIn("BJ-SIP").trunkOut("SH-PSTN-CUBE"), "BJ-SIP").check();
    }

    @Test
    void avayaConferenceChargesEachTrunkRecordToItsOwner() {
        Assembly.of()
                .leg(avaya(1, "3001", "0912345", Direction.OUTGOING, 0, 600, "C"), "3001")
                .leg(avaya(2, "3002", "0923456", Direction.OUTGOING, 60, 540, "C").dialedNumber("0923456")
                        .callingNumber("3001"), "3001")
                .leg(avaya(3, "0934567", "3001", Direction.INCOMING, 120, 480, "C"), "3001")
                .check();
    }

    @Test
    void avayaTenHourChainIsOneCall() {
        // 9:59.9 segments (condition 4) every ten hours, then the final record.
        Assembly.of().heldUntilComplete().lastLegLast()
                .leg(avaya(1, "3001", "0912345678", Direction.OUTGOING, 0, 35_999, "4"), "3001")
                .leg(avaya(2, "3001", "0912345678", Direction.OUTGOING, 36_000, 35_999, "4"), "3001")
                .leg(avaya(3, "3001", "0912345678", Direction.OUTGOING, 72_000, 1_234, "A"), "3001")
                .check();
    }
}
