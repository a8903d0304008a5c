package org.bluewhale.rating;

/** A rating configuration value that cannot be used; the message starts with the key at fault. */
public final class RatingConfigException extends IllegalArgumentException {

    private final String key;

    public RatingConfigException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    /** The key at fault, such as {@code site.hq.tariff.mobile}. */
    public String key() {
        return key;
    }
}
