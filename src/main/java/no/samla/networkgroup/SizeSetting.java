package no.samla.networkgroup;

/**
 * How big the groups should be: a size range (5–6 by default), or a number of groups. Either way every group ends
 * up with 3 to 8 members and the sizes differ by at most one, unless locked placements force otherwise.
 */
public record SizeSetting(Integer minSize, Integer maxSize, Integer groupCount) {

    public static final int SMALLEST = 3;
    public static final int LARGEST = 8;

    public static SizeSetting range(int minSize, int maxSize) {
        if (minSize < SMALLEST || maxSize > LARGEST || minSize > maxSize) {
            throw new IllegalArgumentException("A size range lies within 3–8");
        }
        return new SizeSetting(minSize, maxSize, null);
    }

    public static SizeSetting groups(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("At least one group");
        }
        return new SizeSetting(null, null, count);
    }

    public static SizeSetting defaults() {
        return range(5, 6);
    }

    public boolean byCount() {
        return groupCount != null;
    }

    /** The number of groups for this many participants, or why there is none. */
    public int groupsFor(int participants) {
        if (participants < SMALLEST) {
            throw new CompositionException("networkgroup.error.tooFew", participants, SMALLEST);
        }
        int fewest = ceil(participants, LARGEST);
        int most = participants / SMALLEST;
        if (byCount()) {
            if (groupCount > most) {
                throw new CompositionException("networkgroup.error.tooManyGroups", groupCount, participants, most);
            }
            if (groupCount < fewest) {
                throw new CompositionException("networkgroup.error.tooFewGroups", groupCount, participants, fewest);
            }
            return groupCount;
        }
        // As few groups as keep everyone within the largest wanted size; fewer when that makes groups below 3.
        int count = Math.max(ceil(participants, maxSize), 1);
        while (count > 1 && participants / count < SMALLEST) {
            count--;
        }
        return Math.max(count, fewest);
    }

    private static int ceil(int a, int b) {
        return (a + b - 1) / b;
    }
}
