package no.samla.networkgroup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Scores how mixed groups are, and says why. A group's score is a weighted share of distinct sectors, units,
 * titles, municipalities (only when the programme has more than one) and leader groups among its members,
 * each measured against the most the group could have; 100 is as mixed as the participants allow.
 */
public final class Diversity {

    static final String MANAGER_WARNING = "networkgroup.warning.manager";

    static final int SECTOR_WEIGHT = 4;
    static final int UNIT_WEIGHT = 3;
    static final int TITLE_WEIGHT = 1;
    static final int MUNICIPALITY_WEIGHT = 2;
    static final int LEADER_GROUP_WEIGHT = 3;

    private Diversity() {}

    /** Evaluates groups (the first is group 1) against everyone placed in them. */
    public static Evaluation evaluate(List<List<Candidate>> groups) {
        List<Candidate> everyone = groups.stream().flatMap(List::stream).toList();
        int sectors = distinct(everyone, Candidate::sector);
        int titles = distinct(everyone, candidate -> normalisedTitle(candidate.title()));
        int municipalities = distinct(everyone, Candidate::municipalityId);
        boolean leaderGroups = everyone.stream().anyMatch(candidate -> candidate.leaderGroupId() != null);
        List<GroupEvaluation> evaluations = new ArrayList<>();
        long weightedSum = 0;
        for (int index = 0; index < groups.size(); index++) {
            List<Candidate> members = groups.get(index);
            GroupEvaluation evaluation = evaluate(index + 1, members, sectors, titles, municipalities, leaderGroups);
            evaluations.add(evaluation);
            weightedSum += (long) evaluation.score() * members.size();
        }
        int score = everyone.isEmpty() ? 0 : Math.round((float) weightedSum / everyone.size());
        return new Evaluation(List.copyOf(evaluations), score);
    }

    private static GroupEvaluation evaluate(
            int number,
            List<Candidate> members,
            int allSectors,
            int allTitles,
            int allMunicipalities,
            boolean leaderGroups) {
        int size = members.size();
        List<Reason> reasons = new ArrayList<>();
        List<Reason> warnings = new ArrayList<>();
        if (size < SizeSetting.SMALLEST) {
            warnings.add(Reason.of("networkgroup.warning.tooSmall", size, SizeSetting.SMALLEST));
        } else if (size > SizeSetting.LARGEST) {
            warnings.add(Reason.of("networkgroup.warning.tooLarge", size, SizeSetting.LARGEST));
        }
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                Candidate a = members.get(i);
                Candidate b = members.get(j);
                if (a.managerOf(b)) {
                    Candidate manager = Objects.equals(a.managerId(), b.personId()) ? b : a;
                    Candidate report = manager == a ? b : a;
                    warnings.add(Reason.of(MANAGER_WARNING, manager.name(), report.name()));
                }
            }
        }
        if (size == 0) {
            return new GroupEvaluation(number, List.copyOf(members), 0, reasons, warnings);
        }
        int sectors = distinct(members, Candidate::sector);
        reasons.add(Reason.of("networkgroup.reason.sectors", sectors, size));
        int municipalities = distinct(members, Candidate::municipalityId);
        if (allMunicipalities > 1) {
            reasons.add(Reason.of("networkgroup.reason.municipalities", municipalities));
        }
        shared(members, Candidate::unit, Candidate::unit)
                .forEach((unit, count) -> reasons.add(Reason.of("networkgroup.reason.sharedUnit", count, unit)));
        shared(members, candidate -> normalisedTitle(candidate.title()), Candidate::title)
                .forEach((title, count) -> reasons.add(Reason.of("networkgroup.reason.sharedTitle", count, title)));
        shared(members, Candidate::leaderGroupId, Candidate::leaderGroupName)
                .forEach((group, count) ->
                        reasons.add(Reason.of("networkgroup.reason.sharedLeaderGroup", count, group)));

        double total = SECTOR_WEIGHT * part(sectors, size, allSectors)
                + UNIT_WEIGHT * spread(members, Candidate::unit)
                + TITLE_WEIGHT
                        * part(distinct(members, candidate -> normalisedTitle(candidate.title())), size, allTitles);
        int weights = SECTOR_WEIGHT + UNIT_WEIGHT + TITLE_WEIGHT;
        if (allMunicipalities > 1) {
            total += MUNICIPALITY_WEIGHT * part(municipalities, size, allMunicipalities);
            weights += MUNICIPALITY_WEIGHT;
        }
        if (leaderGroups) {
            total += LEADER_GROUP_WEIGHT * spread(members, Candidate::leaderGroupId);
            weights += LEADER_GROUP_WEIGHT;
        }
        int score = (int) Math.round(100 * total / weights);
        return new GroupEvaluation(number, List.copyOf(members), score, reasons, warnings);
    }

    /** Distinct known values against the most a group of this size could have among all participants. */
    private static double part(int distinct, int size, int available) {
        int best = Math.min(size, Math.max(available, 1));
        return Math.min(1.0, (double) distinct / best);
    }

    /** The share of members who share a known value with no one before them; unknown values are spread. */
    private static <T> double spread(List<Candidate> members, Function<Candidate, T> value) {
        int repeats = shared(members, value, value).values().stream()
                .mapToInt(count -> count - 1)
                .sum();
        return members.size() <= 1 ? 1.0 : 1.0 - (double) repeats / (members.size() - 1);
    }

    static int distinct(Collection<Candidate> members, Function<Candidate, ?> value) {
        return (int)
                members.stream().map(value).filter(Objects::nonNull).distinct().count();
    }

    /** Known values that two or more members share, with how many share each, labelled for reading. */
    private static <K> Map<String, Integer> shared(
            List<Candidate> members, Function<Candidate, K> key, Function<Candidate, ?> label) {
        Map<K, Integer> counts = new LinkedHashMap<>();
        Map<K, String> labels = new LinkedHashMap<>();
        for (Candidate member : members) {
            K value = key.apply(member);
            if (value != null) {
                counts.merge(value, 1, Integer::sum);
                Object shown = label.apply(member);
                labels.putIfAbsent(value, shown == null ? String.valueOf(value) : shown.toString());
            }
        }
        Map<String, Integer> result = new LinkedHashMap<>();
        counts.forEach((value, count) -> {
            if (count > 1) {
                result.merge(labels.get(value), count, Integer::sum);
            }
        });
        return result;
    }

    /** "Enhetsleder", " enhetsleder " and "ENHETSLEDER" are one title. */
    static String normalisedTitle(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
