package org.bluewhale.core;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What the pipeline needs to know about one PBX, whatever connector feeds it.
 *
 * @param id     stable id, part of every record's unique key
 * @param site   the site whose dial plan and tariffs apply
 * @param format record format name (a {@code RecordDecoderProvider})
 * @param zone   the PBX's clock zone: local times in its records are read in it
 */
public record PbxDescriptor(String id, String site, String format, ZoneId zone) {
    public PbxDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(zone, "zone");
        if (id.isEmpty() || id.length() > 64 || !id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("PBX id must be 1-64 of A-Z a-z 0-9 . _ - : '" + id + "'");
        }
    }
}
