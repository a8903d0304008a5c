package org.bluewhale.core.rawdump;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code DATA/rawdump/checkpoint}: the journal position up to which every record is in the files
 * (flushed and forced), and each PBX's sequences already dumped. Replaced atomically (write, then
 * rename), so a crash leaves the previous one; lines written after it are found again by scanning
 * the open files ({@link RawDumpWriter}).
 *
 * <pre>
 * position	1234567
 * avaya-hq	1-1200000,5000001-5000300
 * </pre>
 */
record RawDumpCheckpoint(long position, Map<String, SequenceRanges> dumped) {

    private static final String FILE = "checkpoint";

    static RawDumpCheckpoint load(Path root) throws IOException {
        Path file = root.resolve(FILE);
        Map<String, SequenceRanges> dumped = new HashMap<>();
        if (!Files.exists(file)) {
            return new RawDumpCheckpoint(0, dumped);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        long position = Long.parseLong(lines.get(0).substring("position\t".length()));
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.lastIndexOf('\t');
            dumped.put(line.substring(0, tab), SequenceRanges.parse(line.substring(tab + 1)));
        }
        return new RawDumpCheckpoint(position, dumped);
    }

    static void save(Path root, long position, Map<String, SequenceRanges> dumped) throws IOException {
        StringBuilder text = new StringBuilder("position\t").append(position).append('\n');
        dumped.forEach((pbx, ranges) -> text.append(pbx).append('\t').append(ranges.format()).append('\n'));
        Path next = root.resolve(FILE + ".next");
        Files.writeString(next, text, StandardCharsets.UTF_8);
        Files.move(next, root.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
