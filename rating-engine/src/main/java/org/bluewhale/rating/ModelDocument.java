package org.bluewhale.rating;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON rating model as written by an operator (docs/rating.md), before {@link ModelJson}
 * checks and compiles it. Absent fields are null; unknown fields are rejected so typos show.
 */
record ModelDocument(String fallbackCurrency, List<SiteDoc> sites, List<CarrierDoc> carriers,
                     Map<String, Map<String, String>> destinationTables, Map<String, String> destinationFiles) {

    record SiteDoc(String id, String country, String areaCode, String zone, String currency, List<String> holidays,
                   DialPlanDoc dialPlan, Map<String, String> carrierSelect, Map<String, String> trunkGroups,
                   String defaultCarrier, String referenceCarrier, List<String> onNetTrunkGroups,
                   List<String> publicNumbers, List<String> tollFreeTrunkGroups, List<String> tollFreeNumbers) {
    }

    record DialPlanDoc(String extensions, List<String> accessCodes, String nationalPrefix, String internationalPrefix,
                       String localLengths, String nationalLengths, List<String> mobilePrefixes, String mobileLengths,
                       List<String> tollFreePrefixes, List<String> premiumPrefixes, List<String> emergency) {
    }

    record CarrierDoc(String id, String name, List<PlanDoc> plans) {
    }

    record PlanDoc(String id, String currency, List<VersionDoc> versions) {
    }

    record VersionDoc(String from, String to, String zone, String rounding, Integer decimals, Boolean splitBands,
                      BandsDoc bands, List<TierDoc> tiers, String tierScope, String destinations,
                      Map<String, ZoneDoc> zones) {
    }

    record BandsDoc(@JsonProperty("default") String defaultBand, List<BandRuleDoc> rules, String holiday) {
    }

    record BandRuleDoc(String days, String from, String to, String band) {
    }

    record TierDoc(long fromMinutes, BigDecimal percent) {
    }

    record ZoneDoc(Integer first, Integer increment, BigDecimal fee, BigDecimal flat, BigDecimal minimum,
                   BigDecimal maximum, Integer freeSeconds, BigDecimal price, Map<String, BigDecimal> prices) {
    }
}
