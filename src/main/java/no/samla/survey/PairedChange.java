package no.samla.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The change per factor from the before round to a later one, on the respondents who answered both: the one
 * computation behind the results page, the report and the dashboards' figures, so that they all give the same numbers.
 * Respondents are taken in the order of their keys, so the same answers always give the same figures to the last digit.
 */
final class PairedChange {

    static final double CONFIDENCE = 0.95;

    private PairedChange() {}

    /**
     * The scale answers in scope by round, respondent key and factor: round id to respondent key to factor id to the
     * factor's item scores. {@code factorOf} maps each scale question to its factor; other answers are left out.
     */
    static Map<Long, Map<String, Map<Long, List<Integer>>>> items(
            List<ResponseStore.Score> scores, Map<Long, Long> factorOf, Predicate<Long> inScope) {
        Map<Long, Map<String, Map<Long, List<Integer>>>> items = new HashMap<>();
        for (ResponseStore.Score score : scores) {
            Long factor = factorOf.get(score.questionId());
            if (factor == null || !inScope.test(score.municipalityId())) {
                continue;
            }
            items.computeIfAbsent(score.roundId(), id -> new TreeMap<>())
                    .computeIfAbsent(score.key(), key -> new HashMap<>())
                    .computeIfAbsent(factor, id -> new ArrayList<>())
                    .add(score.score());
        }
        return items;
    }

    /** Per factor, in the order given, the paired change; hidden below {@link SurveyResults#MINIMUM} pairs. */
    static SurveyResults.Change change(
            List<SurveyFactor> factors,
            Map<Long, Map<String, Map<Long, List<Integer>>>> items,
            SurveyRound before,
            SurveyRound after) {
        Map<String, Map<Long, List<Integer>>> first = items.getOrDefault(before.getId(), Map.of());
        Map<String, Map<Long, List<Integer>>> second = items.getOrDefault(after.getId(), Map.of());
        List<SurveyResults.FactorChange> changes = new ArrayList<>();
        for (SurveyFactor factor : factors) {
            List<Double> befores = new ArrayList<>();
            List<Double> afters = new ArrayList<>();
            List<Double> differences = new ArrayList<>();
            first.forEach((key, byFactor) -> {
                List<Integer> was = byFactor.get(factor.getId());
                List<Integer> is = second.getOrDefault(key, Map.of()).get(factor.getId());
                if (was != null && is != null) {
                    double b = SurveyStatistics.mean(was);
                    double a = SurveyStatistics.mean(is);
                    befores.add(b);
                    afters.add(a);
                    differences.add(a - b);
                }
            });
            changes.add(
                    differences.size() < SurveyResults.MINIMUM
                            ? new SurveyResults.FactorChange(factor.getName(), null, null, null)
                            : new SurveyResults.FactorChange(
                                    factor.getName(),
                                    SurveyStatistics.mean(befores),
                                    SurveyStatistics.mean(afters),
                                    SurveyStatistics.pairedInterval(differences, CONFIDENCE)));
        }
        return new SurveyResults.Change(before, after, changes);
    }
}
