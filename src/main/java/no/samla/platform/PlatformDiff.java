package no.samla.platform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two versions of a platform side by side, principle by principle, matched by their stable ids: added, removed,
 * changed (with each text as a word diff) and moved (no longer in the same order relative to the others).
 */
public record PlatformDiff(PlatformVersion from, PlatformVersion to, List<Row> rows) {

    public enum Change {
        SAME,
        ADDED,
        REMOVED,
        CHANGED
    }

    /** One text of a principle in both versions, and its word diff. */
    public record Field(String key, String before, String after, List<WordDiff.Part> parts, boolean changed) {}

    /**
     * One principle: as it was (null when added) and as it is (null when removed), its positions counted from 1 (0
     * when absent), what changed, and whether it moved.
     */
    public record Row(
            VersionPrinciple before,
            VersionPrinciple after,
            int fromPosition,
            int toPosition,
            Change change,
            boolean moved,
            List<Field> fields) {}

    public static PlatformDiff of(PlatformVersion from, PlatformVersion to) {
        Map<Long, Integer> oldPositions = positions(from.getPrinciples());
        Map<Long, Integer> newPositions = positions(to.getPrinciples());
        Set<Long> moved = moved(from.getPrinciples(), to.getPrinciples(), oldPositions, newPositions);
        List<Row> rows = new ArrayList<>();
        for (VersionPrinciple after : to.getPrinciples()) {
            long id = after.getPrincipleId();
            Integer old = oldPositions.get(id);
            VersionPrinciple before = old == null ? null : from.getPrinciples().get(old);
            List<Field> fields = fields(before, after);
            Change change = before == null
                    ? Change.ADDED
                    : fields.stream().anyMatch(Field::changed) ? Change.CHANGED : Change.SAME;
            rows.add(new Row(
                    before,
                    after,
                    old == null ? 0 : old + 1,
                    newPositions.get(id) + 1,
                    change,
                    moved.contains(id),
                    fields));
        }
        // Removed principles come after the one they followed in the old version, so the reader sees them in place.
        for (VersionPrinciple before : from.getPrinciples()) {
            if (!newPositions.containsKey(before.getPrincipleId())) {
                int at = insertionPoint(rows, oldPositions.get(before.getPrincipleId()));
                rows.add(
                        at,
                        new Row(
                                before,
                                null,
                                oldPositions.get(before.getPrincipleId()) + 1,
                                0,
                                Change.REMOVED,
                                false,
                                fields(before, null)));
            }
        }
        return new PlatformDiff(from, to, rows);
    }

    public long count(Change change) {
        return rows.stream().filter(row -> row.change() == change).count();
    }

    public long movedCount() {
        return rows.stream().filter(Row::moved).count();
    }

    private static int insertionPoint(List<Row> rows, int oldIndex) {
        int at = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).fromPosition() != 0 && rows.get(i).fromPosition() - 1 < oldIndex) {
                at = i + 1;
            }
        }
        return at;
    }

    private static List<Field> fields(VersionPrinciple before, VersionPrinciple after) {
        Principle.Texts old = before == null ? new Principle.Texts(null, null, null, null) : before.texts();
        Principle.Texts now = after == null ? new Principle.Texts(null, null, null, null) : after.texts();
        return List.of(
                field("title", old.title(), now.title()),
                field("meaning", old.meaning(), now.meaning()),
                field("practice", old.practice(), now.practice()),
                field("stopDoing", old.stopDoing(), now.stopDoing()));
    }

    private static Field field(String key, String before, String after) {
        return new Field(key, before, after, WordDiff.of(before, after), !WordDiff.sameWords(before, after));
    }

    private static Map<Long, Integer> positions(List<VersionPrinciple> principles) {
        Map<Long, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < principles.size(); i++) {
            positions.put(principles.get(i).getPrincipleId(), i);
        }
        return positions;
    }

    /**
     * The principles in both versions that are not in the longest run kept in the same order: the fewest that must
     * have moved for the rest to stay as they were.
     */
    private static Set<Long> moved(
            List<VersionPrinciple> from,
            List<VersionPrinciple> to,
            Map<Long, Integer> oldPositions,
            Map<Long, Integer> newPositions) {
        List<Long> a = from.stream()
                .map(VersionPrinciple::getPrincipleId)
                .filter(newPositions::containsKey)
                .toList();
        List<Long> b = to.stream()
                .map(VersionPrinciple::getPrincipleId)
                .filter(oldPositions::containsKey)
                .toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        Set<Long> kept = new HashSet<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                kept.add(a.get(i));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        Set<Long> moved = new HashSet<>(a);
        moved.removeAll(kept);
        return moved;
    }
}
