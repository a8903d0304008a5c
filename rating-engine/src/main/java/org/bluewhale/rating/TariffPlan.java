package org.bluewhale.rating;

import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A carrier's tariff plan: versions that follow each other in time, so that a call is rated with
 * the version in force at its start, and rating a period again after a new version gives the same
 * result for calls before it.
 */
public final class TariffPlan {

    private final String id;
    private final Currency currency;
    private final TariffVersion[] versions;
    /** The last version, held directly: most calls are in it, and reaching it through the array costs a cache miss. */
    private final TariffVersion latest;

    /**
     * @param id       {@code carrier/plan}
     * @param versions non-overlapping
     * @throws IllegalArgumentException if two versions overlap
     */
    public TariffPlan(String id, Currency currency, List<TariffVersion.Spec> versions) {
        this.id = Objects.requireNonNull(id, "id");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.versions = versions.stream().sorted(Comparator.comparing(TariffVersion.Spec::from))
                .map(v -> new TariffVersion(label(id, v), v, currency)).toArray(TariffVersion[]::new);
        for (int i = 1; i < this.versions.length; i++) {
            if (this.versions[i - 1].toSecond > this.versions[i].fromSecond) {
                throw new IllegalArgumentException(id + ": version " + this.versions[i - 1].label
                        + " overlaps " + this.versions[i].label + " (give the earlier one a 'to')");
            }
        }
        this.latest = this.versions.length == 0 ? null : this.versions[this.versions.length - 1];
    }

    /** A version's audit name: {@code plan@from}, or the plan id alone for a version in force since 1970. */
    private static String label(String id, TariffVersion.Spec version) {
        return version.from().equals(Instant.EPOCH) ? id : id + "@" + version.from();
    }

    public String id() {
        return id;
    }

    public Currency currency() {
        return currency;
    }

    public List<TariffVersion> versions() {
        return List.of(versions);
    }

    /** The version in force at an instant (epoch seconds), or null. */
    TariffVersion versionAt(long epochSecond) {
        if (latest != null && latest.fromSecond <= epochSecond) {
            return latest.covers(epochSecond) ? latest : null;
        }
        for (int i = versions.length - 1; i >= 0; i--) {
            if (versions[i].fromSecond <= epochSecond) {
                return versions[i].covers(epochSecond) ? versions[i] : null;
            }
        }
        return null;
    }
}
