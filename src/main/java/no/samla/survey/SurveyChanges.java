package no.samla.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.samla.programme.EnrolledMunicipality;
import no.samla.programme.Enrolments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey change per factor for dashboards: the same numbers and the same suppression as the results page, for every
 * measured survey of a programme in at most three statements, whatever the number of surveys, rounds, factors and
 * respondents. Who may see a programme's figures is decided by the callers, as for {@link Surveys#results}.
 */
@Component
@Transactional(readOnly = true)
public class SurveyChanges {

    private final SurveyRoundRepository rounds;
    private final ResponseStore responses;
    private final Enrolments enrolments;

    SurveyChanges(SurveyRoundRepository rounds, ResponseStore responses, Enrolments enrolments) {
        this.rounds = rounds;
        this.responses = responses;
        this.enrolments = enrolments;
    }

    /**
     * For each measured survey of the programme (a before round, a later round and factors; see
     * {@link Surveys#measuredSurveys}), per later round and factor: the change for the whole programme
     * ({@code municipalityId} null) or for that municipality's respondents, hidden exactly where the results page hides
     * it (fewer than {@link SurveyResults#MINIMUM} pairs, or secondary suppression against the whole programme).
     * Ordered by survey, then by when the later round opens, then by the factor's order. Empty for a municipality not
     * enrolled in the programme, which the results page does not show either.
     */
    public List<SurveyChange> of(long programmeId, Long municipalityId) {
        Map<Long, Survey> surveys = new LinkedHashMap<>();
        Map<Long, Map<Long, SurveyRound>> roundsOf = new HashMap<>();
        Map<Long, Map<Long, SurveyFactor>> factorsOf = new HashMap<>();
        for (Object[] row : rounds.findWithFactors(programmeId)) {
            SurveyRound round = (SurveyRound) row[0];
            SurveyFactor factor = (SurveyFactor) row[1];
            Survey survey = factor.survey();
            surveys.putIfAbsent(survey.getId(), survey);
            roundsOf.computeIfAbsent(survey.getId(), id -> new LinkedHashMap<>())
                    .putIfAbsent(round.getId(), round);
            factorsOf
                    .computeIfAbsent(survey.getId(), id -> new LinkedHashMap<>())
                    .putIfAbsent(factor.getId(), factor);
        }
        List<Survey> measured = surveys.values().stream()
                .filter(survey -> {
                    List<SurveyRound> all =
                            List.copyOf(roundsOf.get(survey.getId()).values());
                    return Surveys.firstBefore(all) != null
                            && !Surveys.laterRounds(all).isEmpty();
                })
                .toList();
        if (measured.isEmpty()) {
            return List.of();
        }
        List<EnrolledMunicipality> municipalities = enrolments.municipalities(programmeId, null);
        if (municipalityId != null
                && municipalities.stream().noneMatch(m -> municipalityId.equals(m.municipalityId()))) {
            return List.of();
        }
        List<ResponseStore.Score> scores = new ArrayList<>();
        Map<Long, Long> factorOf = new HashMap<>();
        for (ResponseStore.FactorScore found : responses.scoresInProgramme(programmeId)) {
            scores.add(found.score());
            factorOf.put(found.score().questionId(), found.factorId());
        }
        // Every municipality is computed, whichever group is asked for: secondary suppression needs them all.
        Map<Long, Map<String, Map<Long, List<Integer>>>> wholeItems = PairedChange.items(scores, factorOf, m -> true);
        Map<Long, Map<Long, Map<String, Map<Long, List<Integer>>>>> municipalityItems = new HashMap<>();
        for (EnrolledMunicipality municipality : municipalities) {
            municipalityItems.put(
                    municipality.municipalityId(),
                    PairedChange.items(scores, factorOf, m -> Objects.equals(m, municipality.municipalityId())));
        }
        List<SurveyChange> result = new ArrayList<>();
        for (Survey survey : measured) {
            List<SurveyRound> all = List.copyOf(roundsOf.get(survey.getId()).values());
            List<SurveyFactor> factors = factorsOf.get(survey.getId()).values().stream()
                    .sorted(Comparator.comparingInt(SurveyFactor::getPosition))
                    .toList();
            SurveyResults.Group whole = group(null, null, factors, all, wholeItems);
            List<SurveyResults.Group> groups = new ArrayList<>();
            for (EnrolledMunicipality municipality : municipalities) {
                groups.add(group(
                        municipality.municipalityId(),
                        municipality.name(),
                        factors,
                        all,
                        municipalityItems.get(municipality.municipalityId())));
            }
            SurveyResults.Group shown = municipalityId == null
                    ? whole
                    : Suppression.protect(whole, groups).stream()
                            .filter(group -> municipalityId.equals(group.municipalityId()))
                            .findFirst()
                            .orElseThrow();
            for (SurveyResults.Change change : shown.changes()) {
                for (SurveyResults.FactorChange factor : change.factors()) {
                    result.add(SurveyChange.of(survey, change.after(), factor));
                }
            }
        }
        return result;
    }

    /** A group with only the changes from the before round to each later one: all that suppression of change needs. */
    private static SurveyResults.Group group(
            Long municipalityId,
            String name,
            List<SurveyFactor> factors,
            List<SurveyRound> all,
            Map<Long, Map<String, Map<Long, List<Integer>>>> items) {
        SurveyRound before = Surveys.firstBefore(all);
        List<SurveyResults.Change> changes = Surveys.laterRounds(all).stream()
                .map(later -> PairedChange.change(factors, items, before, later))
                .toList();
        return new SurveyResults.Group(municipalityId, name, List.of(), changes);
    }
}
