package org.bluewhale.cep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bluewhale.core.Attribution;
import org.bluewhale.core.CallFeature;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;

/**
 * Decides who pays for each segment of an assembled call (the rules of docs/correlation.md):
 *
 * <ol>
 *   <li>An outside party the PBX called (an outgoing leg) stays a paid outgoing call for as long
 *       as it is connected: a later segment with that party (the transferred call, its conference
 *       bridge leg, the call retrieved from park) is billed as outgoing to its number, charged to
 *       the extension on that segment, or, when there is none (a bridge leg, a transfer to
 *       another outside number), to the extension that called the party.</li>
 *   <li>Otherwise each segment is charged to its owner: the caller of an outgoing or internal
 *       call, the forwarding or diverting extension when the PBX sent the call on, the extension
 *       that answered an incoming call (the one who picked it up, the hunt group member), and the
 *       incoming trunk of a tandem call.</li>
 * </ol>
 * The call id is the PBX's own call id (Cisco globalCallID) of the call's earliest leg, so every
 * leg of one call carries the same id whatever order its records came in.
 */
final class WhoPays {

    private WhoPays() {
    }

    private record Reached(String number, String owner, String trunk) {
    }

    /** A call of one leg: the most common case, so without the search for outside parties. */
    static CallLeg attribute(CallLeg leg) {
        return leg.withAttribution(new Attribution(callIdOf(leg), owner(leg), false));
    }

    static List<CallLeg> attribute(List<CallLeg> legs, boolean releasedAlone) {
        String callId = callId(legs);
        Map<Long, Reached> reached = new HashMap<>();
        for (CallLeg leg : legs) {
            if (leg.direction() == Direction.OUTGOING && leg.calledLegId() != 0) {
                reached.putIfAbsent(leg.calledLegId(), new Reached(leg.dialedNumber(), owner(leg), leg.trunkOut()));
            }
        }
        List<CallLeg> attributed = new ArrayList<>(legs.size());
        for (CallLeg leg : legs) {
            Reached party = leg.direction() == Direction.OUTGOING ? null : outsideParty(leg, reached);
            if (party == null) {
                attributed.add(leg.withAttribution(new Attribution(callId, owner(leg), releasedAlone)));
            } else {
                String extension = leg.trunkOut().isEmpty() && !isBridge(leg) ? calledExtension(leg) : "";
                String charged = extension.isEmpty() ? party.owner() : extension;
                String trunkIn = leg.trunkOut().isEmpty() ? "" : leg.trunkIn();
                attributed.add(leg.withBilling(Direction.OUTGOING, party.number(), trunkIn, party.trunk(),
                        new Attribution(callId, charged, releasedAlone)));
            }
        }
        return attributed;
    }

    /** The paid outside party on this segment: the called side first (a transfer's target). */
    private static Reached outsideParty(CallLeg leg, Map<Long, Reached> reached) {
        Reached called = leg.trunkOut().isEmpty() ? null : reached.get(leg.calledLegId());
        if (called != null) {
            return called;
        }
        return leg.trunkIn().isEmpty() ? null : reached.get(leg.callingLegId());
    }

    private static boolean isBridge(CallLeg leg) {
        return leg.joinedBy() == CallFeature.CONFERENCE || leg.joinedBy() == CallFeature.MEET_ME;
    }

    private static String calledExtension(CallLeg leg) {
        return leg.finalCalledNumber().isEmpty() ? leg.dialedNumber() : leg.finalCalledNumber();
    }

    /** Who pays for a segment on its own. */
    static String owner(CallLeg leg) {
        boolean sentOn = !leg.lastRedirectingNumber().isEmpty()
                && (leg.redirectedBy() == CallFeature.FORWARD || leg.redirectedBy() == CallFeature.DIVERT);
        return switch (leg.direction()) {
            case OUTGOING -> sentOn ? leg.lastRedirectingNumber() : leg.callingNumber();
            case INCOMING -> leg.redirectedBy() == CallFeature.DIVERT && sentOn ? leg.lastRedirectingNumber()
                    : calledExtension(leg);
            case TANDEM -> leg.lastRedirectingNumber().isEmpty() ? leg.trunkIn() : leg.lastRedirectingNumber();
            case INTERNAL, UNKNOWN -> leg.callingNumber();
        };
    }

    private static String callId(List<CallLeg> legs) {
        return callIdOf(legs.stream()
                .min(Comparator.comparing(CallLeg::start).thenComparingLong(CallLeg::sequence)).orElseThrow());
    }

    private static String callIdOf(CallLeg first) {
        String own = first.correlationId().isEmpty() ? "#" + first.sequence() : first.correlationId();
        return first.pbxId() + ":" + own;
    }
}
