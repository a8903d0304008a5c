package org.bluewhale.rating;

import org.bluewhale.core.RatedCall;

/**
 * A rated call with what the store keeps beside it and {@link RatedCall} does not carry.
 *
 * @param ratedCall      the priced leg
 * @param classification the class and the E.164 form of the external number
 * @param siteId         the site whose plan and tariffs applied ({@value Site#UNCONFIGURED_ID} when none)
 */
public record RatingOutcome(RatedCall ratedCall, Classification classification, String siteId) {
}
