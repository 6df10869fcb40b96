package no.samla.networkgroup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Composes network groups that are as mixed as possible. Hard rules: nobody sits with their own manager (either
 * way), and every group has 3 to 8 members with sizes as even as possible. Soft goals, weighed as in
 * {@link Diversity}: few members sharing a sector, unit, title, municipality (when there are several) or leader
 * group. A greedy start places the hardest people first, then swaps between groups improve the mix until no swap
 * helps. Participants are sorted by id first and every choice comes from {@code new Random(seed)}, so the same
 * participants, setting, locks and seed give the same groups in any input order. Plain Java, no I/O.
 */
public final class GroupComposer {

    /** Sharing a group with one's manager weighs more than every soft goal together. */
    private static final long CONFLICT = 1_000_000L;

    private static final int MAX_PASSES = 40;

    private GroupComposer() {}

    /**
     * What to compose: the participants, the wanted size, locked placements (person id to group number, kept as they
     * are) and the seed.
     */
    public record Request(List<Candidate> candidates, SizeSetting size, Map<Long, Integer> locked, long seed) {
        public Request {
            candidates = List.copyOf(candidates);
            locked = Map.copyOf(locked);
        }
    }

    /** The groups (the first is group 1) with their evaluation. */
    public record Composition(List<List<Candidate>> groups, Evaluation evaluation) {}

    public static Composition compose(Request request) {
        List<Candidate> people = new ArrayList<>(request.candidates());
        people.sort(Comparator.comparingLong(Candidate::personId));
        for (int i = 1; i < people.size(); i++) {
            if (people.get(i).personId() == people.get(i - 1).personId()) {
                throw new IllegalArgumentException("Person " + people.get(i).personId() + " is listed twice");
            }
        }
        int groups = request.size().groupsFor(people.size());
        State state = new State(people, groups, request.locked());
        state.checkLocks();
        Random random = new Random(request.seed());
        state.placeGreedily(random);
        state.improve(random);
        state.requireNoConflict();
        List<List<Candidate>> result = state.groups();
        return new Composition(result, Diversity.evaluate(result));
    }

    /** The working state: attribute values as small integers and counts per group, so a swap is priced in O(1). */
    private static final class State {

        private final List<Candidate> people;
        private final int n;
        private final int groupCount;
        private final int[][] values;
        private final int[] weights;
        private final int[][][] counts;
        private final int[][] conflicts;
        private final int[] group;
        private final boolean[] locked;
        private final int[] capacity;
        private final int[] size;

        State(List<Candidate> people, int groupCount, Map<Long, Integer> locks) {
            this.people = people;
            this.n = people.size();
            this.groupCount = groupCount;
            boolean severalMunicipalities = Diversity.distinct(people, Candidate::municipalityId) > 1;
            List<Function<Candidate, ?>> attributes = List.of(
                    Candidate::sector,
                    Candidate::unit,
                    candidate -> Diversity.normalisedTitle(candidate.title()),
                    Candidate::municipalityId,
                    Candidate::leaderGroupId);
            this.weights = new int[] {
                Diversity.SECTOR_WEIGHT,
                Diversity.UNIT_WEIGHT,
                Diversity.TITLE_WEIGHT,
                severalMunicipalities ? Diversity.MUNICIPALITY_WEIGHT : 0,
                Diversity.LEADER_GROUP_WEIGHT
            };
            this.values = new int[attributes.size()][n];
            this.counts = new int[groupCount][attributes.size()][];
            for (int k = 0; k < attributes.size(); k++) {
                Map<Object, Integer> ids = new HashMap<>();
                for (int i = 0; i < n; i++) {
                    Object value = attributes.get(k).apply(people.get(i));
                    values[k][i] = value == null ? -1 : ids.computeIfAbsent(value, key -> ids.size());
                }
                for (int g = 0; g < groupCount; g++) {
                    counts[g][k] = new int[ids.size()];
                }
            }
            Map<Long, Integer> index = new HashMap<>();
            for (int i = 0; i < n; i++) {
                index.put(people.get(i).personId(), i);
            }
            this.conflicts = new int[n][];
            for (int i = 0; i < n; i++) {
                List<Integer> found = new ArrayList<>();
                Candidate person = people.get(i);
                Integer manager = person.managerId() == null ? null : index.get(person.managerId());
                if (manager != null && manager != i) {
                    found.add(manager);
                }
                for (int j = 0; j < n; j++) {
                    Long theirManager = people.get(j).managerId();
                    if (j != i && theirManager != null && theirManager == person.personId() && !found.contains(j)) {
                        found.add(j);
                    }
                }
                conflicts[i] = found.stream().mapToInt(Integer::intValue).toArray();
            }
            this.group = new int[n];
            this.locked = new boolean[n];
            this.size = new int[groupCount];
            java.util.Arrays.fill(group, -1);
            for (int i = 0; i < n; i++) {
                Integer number = locks.get(people.get(i).personId());
                if (number != null) {
                    if (number < 1 || number > groupCount) {
                        throw new CompositionException(
                                "networkgroup.error.lockedGroupMissing",
                                people.get(i).name(),
                                number,
                                groupCount);
                    }
                    locked[i] = true;
                    add(i, number - 1);
                }
            }
            this.capacity = capacities();
        }

        /**
         * Sizes as even as possible: the larger groups go to those with the most locked members; a group with more
         * locked members than its share keeps them, and the largest other groups give way.
         */
        private int[] capacities() {
            int base = n / groupCount;
            int extra = n % groupCount;
            Integer[] order = new Integer[groupCount];
            for (int g = 0; g < groupCount; g++) {
                order[g] = g;
            }
            java.util.Arrays.sort(
                    order, Comparator.comparingInt((Integer g) -> -size[g]).thenComparingInt(g -> g));
            int[] result = new int[groupCount];
            for (int rank = 0; rank < groupCount; rank++) {
                int g = order[rank];
                result[g] = Math.max(base + (rank < extra ? 1 : 0), size[g]);
            }
            int over = java.util.Arrays.stream(result).sum() - n;
            while (over > 0) {
                int largest = -1;
                for (int g = 0; g < groupCount; g++) {
                    if (result[g] > size[g] && (largest < 0 || result[g] > result[largest])) {
                        largest = g;
                    }
                }
                result[largest]--;
                over--;
            }
            for (int g = 0; g < groupCount; g++) {
                if (result[g] < SizeSetting.SMALLEST || result[g] > SizeSetting.LARGEST) {
                    throw new CompositionException("networkgroup.error.lockedSizes", g + 1, result[g]);
                }
            }
            return result;
        }

        void checkLocks() {
            for (int i = 0; i < n; i++) {
                if (locked[i]) {
                    for (int j : conflicts[i]) {
                        if (locked[j] && group[j] == group[i]) {
                            throw new CompositionException(
                                    "networkgroup.error.lockedManager",
                                    people.get(i).name(),
                                    people.get(j).name(),
                                    group[i] + 1);
                        }
                    }
                }
            }
        }

        /** The people hardest to place (most manager ties) first, the rest in seeded order; each to the best group. */
        void placeGreedily(Random random) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!locked[i]) {
                    order.add(i);
                }
            }
            java.util.Collections.shuffle(order, random);
            order.sort(Comparator.comparingInt(i -> -conflicts[i].length));
            for (int i : order) {
                int best = -1;
                long bestCost = Long.MAX_VALUE;
                for (int g = 0; g < groupCount; g++) {
                    if (size[g] >= capacity[g]) {
                        continue;
                    }
                    long cost = joiningCost(i, g, -1);
                    if (cost < bestCost || cost == bestCost && capacity[g] - size[g] > capacity[best] - size[best]) {
                        best = g;
                        bestCost = cost;
                    }
                }
                add(i, best);
            }
        }

        /** Swaps two unlocked people in different groups while any swap lowers the cost. */
        void improve(Random random) {
            List<Integer> movable = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!locked[i]) {
                    movable.add(i);
                }
            }
            java.util.Collections.shuffle(movable, random);
            int[] order = movable.stream().mapToInt(Integer::intValue).toArray();
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                boolean improved = false;
                for (int x = 0; x < order.length; x++) {
                    for (int y = x + 1; y < order.length; y++) {
                        int a = order[x];
                        int b = order[y];
                        if (group[a] != group[b] && swapDelta(a, b) < 0) {
                            swap(a, b);
                            improved = true;
                        }
                    }
                }
                if (!improved) {
                    return;
                }
            }
        }

        void requireNoConflict() {
            for (int i = 0; i < n; i++) {
                for (int j : conflicts[i]) {
                    if (group[j] == group[i]) {
                        Candidate a = people.get(i);
                        Candidate b = people.get(j);
                        Candidate manager = a.managerId() != null && a.managerId() == b.personId() ? b : a;
                        Candidate report = manager == a ? b : a;
                        throw new CompositionException(
                                "networkgroup.error.managerImpossible", report.name(), manager.name());
                    }
                }
            }
        }

        /** What person i adds to group g, leaving out person {@code except} (who is leaving it), or -1. */
        private long joiningCost(int i, int g, int except) {
            long cost = 0;
            for (int k = 0; k < weights.length; k++) {
                int value = values[k][i];
                if (value >= 0 && weights[k] > 0) {
                    int others = counts[g][k][value] - (except >= 0 && values[k][except] == value ? 1 : 0);
                    cost += (long) weights[k] * others;
                }
            }
            for (int j : conflicts[i]) {
                if (j != except && group[j] == g) {
                    cost += CONFLICT;
                }
            }
            return cost;
        }

        /** What person i costs in their own group now. */
        private long ownCost(int i) {
            int g = group[i];
            long cost = 0;
            for (int k = 0; k < weights.length; k++) {
                int value = values[k][i];
                if (value >= 0 && weights[k] > 0) {
                    cost += (long) weights[k] * (counts[g][k][value] - 1);
                }
            }
            for (int j : conflicts[i]) {
                if (group[j] == g) {
                    cost += CONFLICT;
                }
            }
            return cost;
        }

        private long swapDelta(int a, int b) {
            int ga = group[a];
            int gb = group[b];
            long before = ownCost(a) + ownCost(b);
            // each enters the other's group as the other leaves it; a and b are never counted against each other
            long after = joiningCost(b, ga, a) + joiningCost(a, gb, b);
            return after - before;
        }

        private void swap(int a, int b) {
            int ga = group[a];
            int gb = group[b];
            remove(a);
            remove(b);
            add(a, gb);
            add(b, ga);
        }

        private void add(int i, int g) {
            group[i] = g;
            size[g]++;
            for (int k = 0; k < values.length; k++) {
                if (values[k][i] >= 0) {
                    counts[g][k][values[k][i]]++;
                }
            }
        }

        private void remove(int i) {
            int g = group[i];
            size[g]--;
            for (int k = 0; k < values.length; k++) {
                if (values[k][i] >= 0) {
                    counts[g][k][values[k][i]]--;
                }
            }
            group[i] = -1;
        }

        List<List<Candidate>> groups() {
            List<List<Candidate>> result = new ArrayList<>();
            for (int g = 0; g < groupCount; g++) {
                result.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                result.get(group[i]).add(people.get(i));
            }
            return result.stream().map(List::copyOf).toList();
        }
    }
}
