package no.samla.networkgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The composition on its own: hard rules, determinism, the mix it reaches and how fast it is. */
class GroupComposerTest {

    private static final String[] SECTORS = {
        "HEALTH_AND_CARE", "EDUCATION", "TECHNICAL", "CULTURE", "STAFF_AND_SUPPORT", "NAV", "OTHER"
    };

    /**
     * A realistic programme: heads of sector each managing unit leaders in their sector, sectors of uneven size
     * (health and education are the big ones), a few shared units and titles, leader groups per sector.
     */
    static List<Candidate> programme(int leaders, int municipalities, long seed) {
        Random random = new Random(seed);
        List<Candidate> result = new ArrayList<>();
        Map<String, Long> headOfSector = new HashMap<>();
        for (int i = 0; i < leaders; i++) {
            long id = 1000 + i * 7L;
            int roll = random.nextInt(10);
            String sector = SECTORS[roll < 3 ? 0 : roll < 6 ? 1 : roll - 4];
            long municipality = 1 + (i % municipalities);
            String key = sector + municipality;
            Long manager = headOfSector.get(key);
            String title;
            if (manager == null) {
                headOfSector.put(key, id);
                title = "Kommunalsjef";
            } else {
                title = random.nextBoolean() ? "Enhetsleder" : "Avdelingsleder";
            }
            result.add(new Candidate(
                    id,
                    "Leder " + i,
                    sector,
                    sector + " enhet " + random.nextInt(4),
                    title,
                    municipality,
                    "Kommune " + municipality,
                    municipality * 100 + random.nextInt(2),
                    "Ledergruppe " + municipality,
                    manager));
        }
        return result;
    }

    static GroupComposer.Composition compose(List<Candidate> people, SizeSetting size, long seed) {
        return GroupComposer.compose(new GroupComposer.Request(people, size, Map.of(), seed));
    }

    static List<List<Long>> ids(GroupComposer.Composition composition) {
        return composition.groups().stream()
                .map(group -> group.stream().map(Candidate::personId).toList())
                .toList();
    }

    @Test
    void theSameInputAndSeedGiveTheSameGroupsInAnyInputOrder() {
        List<Candidate> people = programme(60, 1, 7);
        List<Candidate> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled, new Random(99));

        var first = compose(people, SizeSetting.defaults(), 42);
        var again = compose(shuffled, SizeSetting.defaults(), 42);
        var otherSeed = compose(people, SizeSetting.defaults(), 43);

        assertThat(ids(again)).isEqualTo(ids(first));
        assertThat(again.evaluation().score()).isEqualTo(first.evaluation().score());
        assertThat(ids(otherSeed)).isNotEqualTo(ids(first));
    }

    @Test
    void noLeaderSitsWithTheirManagerAndSizesAreEvenWithinTheRange() {
        List<Candidate> people = programme(60, 1, 11);
        assertThat(people.stream().filter(person -> person.managerId() != null)).hasSizeGreaterThan(40);
        for (long seed = 0; seed < 20; seed++) {
            var composition = compose(people, SizeSetting.defaults(), seed);
            assertNoManagerTogether(composition);
            assertThat(composition.groups()).hasSize(10);
            assertThat(composition.groups())
                    .allSatisfy(group -> assertThat(group).hasSize(6));
            assertThat(composition.evaluation().confirmable()).isTrue();
        }
    }

    @Test
    void unevenNumbersGiveSizesThatDifferByOne() {
        List<Candidate> people = programme(23, 2, 3);
        var bySize = compose(people, SizeSetting.defaults(), 1);
        assertThat(bySize.groups()).extracting(List::size).containsExactlyInAnyOrder(6, 6, 6, 5);

        var byCount = compose(people, SizeSetting.groups(5), 1);
        assertThat(byCount.groups()).extracting(List::size).containsExactlyInAnyOrder(5, 5, 5, 4, 4);
        assertThat(byCount.groups().stream().mapToInt(List::size).sum()).isEqualTo(23);
    }

    @Test
    void groupCountsThatWouldMakeGroupsBelowThreeOrAboveEightAreRefused() {
        List<Candidate> people = programme(20, 1, 3);
        assertThatThrownBy(() -> compose(people, SizeSetting.groups(7), 1))
                .isInstanceOf(CompositionException.class)
                .extracting(e -> ((CompositionException) e).messageKey())
                .isEqualTo("networkgroup.error.tooManyGroups");
        assertThatThrownBy(() -> compose(people, SizeSetting.groups(2), 1))
                .extracting(e -> ((CompositionException) e).messageKey())
                .isEqualTo("networkgroup.error.tooFewGroups");
        assertThatThrownBy(() -> compose(people.subList(0, 2), SizeSetting.defaults(), 1))
                .extracting(e -> ((CompositionException) e).messageKey())
                .isEqualTo("networkgroup.error.tooFew");
        assertThat(compose(people, SizeSetting.groups(6), 1).groups())
                .allSatisfy(group -> assertThat(group.size()).isBetween(3, 4));
    }

    @Test
    void aTightManagerRuleIsStillMet() {
        // One head manages six of twelve: the head's group of six must be the head and the five others exactly.
        List<Candidate> people = new ArrayList<>();
        people.add(person(1, "HEALTH_AND_CARE", null));
        for (int i = 2; i <= 7; i++) {
            people.add(person(i, SECTORS[i % SECTORS.length], 1L));
        }
        for (int i = 8; i <= 12; i++) {
            people.add(person(i, "HEALTH_AND_CARE", null));
        }
        for (long seed = 0; seed < 30; seed++) {
            var composition = compose(people, SizeSetting.groups(2), seed);
            assertNoManagerTogether(composition);
            List<Long> headsGroup = ids(composition).stream()
                    .filter(group -> group.contains(1L))
                    .findFirst()
                    .orElseThrow();
            assertThat(headsGroup).containsExactlyInAnyOrder(1L, 8L, 9L, 10L, 11L, 12L);
        }
    }

    @Test
    void anImpossibleManagerRuleIsAnErrorNotABrokenRule() {
        // Seven of nine report to one head: the head's group of at least four cannot avoid them.
        List<Candidate> people = new ArrayList<>();
        people.add(person(1, "HEALTH_AND_CARE", null));
        people.add(person(2, "EDUCATION", null));
        for (int i = 3; i <= 9; i++) {
            people.add(person(i, SECTORS[i % SECTORS.length], 1L));
        }
        assertThatThrownBy(() -> compose(people, SizeSetting.groups(2), 5))
                .isInstanceOf(CompositionException.class)
                .extracting(e -> ((CompositionException) e).messageKey())
                .isEqualTo("networkgroup.error.managerImpossible");
    }

    @Test
    void aManagerIsKeptApartBothWaysAlsoFromTheirOwnManager() {
        List<Candidate> people = programme(30, 1, 5);
        // a chain: 1000 manages 1007 who manages 1014
        List<Candidate> chained = new ArrayList<>(people.stream()
                .filter(person -> person.personId() > 1014)
                .map(person -> withManager(person, null))
                .toList());
        chained.add(withManager(people.get(0), null));
        chained.add(withManager(people.get(1), 1000L));
        chained.add(withManager(people.get(2), 1007L));
        var composition = compose(chained, SizeSetting.defaults(), 9);
        assertNoManagerTogether(composition);
        Map<Long, Integer> groupOf = groupOf(composition);
        assertThat(groupOf.get(1000L)).isNotEqualTo(groupOf.get(1007L));
        assertThat(groupOf.get(1007L)).isNotEqualTo(groupOf.get(1014L));
    }

    @Test
    void lockedPeopleStayWhereTheyAreAndTheRestIsRecomposed() {
        List<Candidate> people = programme(60, 1, 13);
        var first = compose(people, SizeSetting.defaults(), 1);
        Map<Long, Integer> groupOf = groupOf(first);
        Map<Long, Integer> locks = new HashMap<>();
        for (Candidate person : people.subList(0, 15)) {
            locks.put(person.personId(), groupOf.get(person.personId()));
        }
        var rerun = GroupComposer.compose(new GroupComposer.Request(people, SizeSetting.defaults(), locks, 2));
        Map<Long, Integer> after = groupOf(rerun);
        locks.forEach((person, number) -> assertThat(after.get(person)).isEqualTo(number));
        assertNoManagerTogether(rerun);
        assertThat(rerun.groups()).allSatisfy(group -> assertThat(group).hasSize(6));
    }

    @Test
    void lockingSomeoneWithTheirManagerInOneGroupIsRefused() {
        List<Candidate> people = programme(20, 1, 13);
        Candidate report = people.stream()
                .filter(person -> person.managerId() != null)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> GroupComposer.compose(new GroupComposer.Request(
                        people, SizeSetting.defaults(), Map.of(report.personId(), 1, report.managerId(), 1), 1)))
                .extracting(e -> ((CompositionException) e).messageKey())
                .isEqualTo("networkgroup.error.lockedManager");
        assertThatThrownBy(() -> GroupComposer.compose(
                        new GroupComposer.Request(people, SizeSetting.defaults(), Map.of(report.personId(), 9), 1)))
                .extracting(e -> ((CompositionException) e).messageKey())
                .isEqualTo("networkgroup.error.lockedGroupMissing");
    }

    @Test
    void sectorsAreMixedFarBetterThanAtRandom() {
        List<Candidate> people = programme(60, 1, 17);
        double composed = 0;
        double random = 0;
        for (long seed = 0; seed < 10; seed++) {
            composed +=
                    meanSectors(compose(people, SizeSetting.defaults(), seed).groups());
            List<Candidate> shuffled = new ArrayList<>(people);
            Collections.shuffle(shuffled, new Random(seed));
            List<List<Candidate>> chunks = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i += 6) {
                chunks.add(shuffled.subList(i, i + 6));
            }
            random += meanSectors(chunks);
        }
        assertThat(composed / 10).isGreaterThan(random / 10 + 0.5);
        // The most any grouping can reach: each sector counts in at most as many groups as it has people.
        double best =
                people.stream()
                                .collect(Collectors.groupingBy(Candidate::sector, Collectors.counting()))
                                .values()
                                .stream()
                                .mapToLong(count -> Math.min(count, 10))
                                .sum()
                        / 10.0;
        System.out.printf(
                "Distinct sectors per group: composed %.2f, random %.2f, best possible %.2f%n",
                composed / 10, random / 10, best);
        assertThat(composed / 10).isGreaterThanOrEqualTo(best * 0.95);
    }

    @Test
    void leaderGroupsAndMunicipalitiesAreSpread() {
        List<Candidate> people = programme(48, 3, 21);
        var composition = compose(people, SizeSetting.groups(8), 4);
        assertThat(composition.groups())
                .allSatisfy(group -> assertThat(Diversity.distinct(group, Candidate::municipalityId))
                        .isEqualTo(3));
        assertThat(composition.evaluation().groups())
                .allSatisfy(group -> assertThat(group.reasons())
                        .extracting(Reason::key)
                        .contains("networkgroup.reason.sectors", "networkgroup.reason.municipalities"));
    }

    @Test
    void threeHundredParticipantsAreComposedWellUnderTwoSeconds() {
        List<Candidate> people = programme(300, 6, 23);
        compose(programme(60, 1, 1), SizeSetting.defaults(), 1); // warm up the JIT a little
        long start = System.nanoTime();
        var composition = compose(people, SizeSetting.defaults(), 2026);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Composed 300 participants into "
                + composition.groups().size() + " groups in " + millis + " ms (limit 2000 ms)");
        assertThat(millis).isLessThan(2000);
        assertThat(composition.groups()).hasSize(50);
        assertNoManagerTogether(composition);
    }

    @Test
    void reasonsNameWhatMembersShare() {
        List<List<Candidate>> groups = List.of(List.of(
                new Candidate(1, "A", "EDUCATION", "Fjell skole", "Rektor", 1L, "K", null, null, null),
                new Candidate(2, "B", "EDUCATION", "Fjell skole", " rektor ", 1L, "K", null, null, null),
                new Candidate(3, "C", "TECHNICAL", "Vei", "Avdelingsleder", 1L, "K", null, null, 1L)));
        GroupEvaluation group = Diversity.evaluate(groups).group(1);
        assertThat(group.reasons())
                .contains(
                        Reason.of("networkgroup.reason.sectors", 2, 3),
                        Reason.of("networkgroup.reason.sharedUnit", 2, "Fjell skole"),
                        Reason.of("networkgroup.reason.sharedTitle", 2, "Rektor"));
        assertThat(group.warnings()).containsExactly(Reason.of("networkgroup.warning.manager", "A", "C"));
        assertThat(Diversity.evaluate(groups).confirmable()).isFalse();
        assertThat(group.score()).isBetween(0, 99);
    }

    private static double meanSectors(List<List<Candidate>> groups) {
        return groups.stream()
                .mapToInt(group -> Diversity.distinct(group, Candidate::sector))
                .average()
                .orElse(0);
    }

    private static Candidate person(long id, String sector, Long manager) {
        return new Candidate(id, "P" + id, sector, "Enhet " + id, "Leder", 1L, "K", null, null, manager);
    }

    private static Candidate withManager(Candidate c, Long manager) {
        return new Candidate(
                c.personId(),
                c.name(),
                c.sector(),
                c.unit(),
                c.title(),
                c.municipalityId(),
                c.municipalityName(),
                c.leaderGroupId(),
                c.leaderGroupName(),
                manager);
    }

    private static Map<Long, Integer> groupOf(GroupComposer.Composition composition) {
        Map<Long, Integer> result = new HashMap<>();
        for (int g = 0; g < composition.groups().size(); g++) {
            for (Candidate person : composition.groups().get(g)) {
                result.put(person.personId(), g + 1);
            }
        }
        return result;
    }

    private static void assertNoManagerTogether(GroupComposer.Composition composition) {
        for (List<Candidate> group : composition.groups()) {
            Map<Long, Candidate> byId = group.stream().collect(Collectors.toMap(Candidate::personId, person -> person));
            for (Candidate person : group) {
                assertThat(person.managerId() == null || !byId.containsKey(person.managerId()))
                        .as(person.name() + " sits with their manager")
                        .isTrue();
            }
        }
    }
}
