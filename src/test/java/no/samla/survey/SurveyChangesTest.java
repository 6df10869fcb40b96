package no.samla.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import no.samla.demo.DemoProgrammes;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboards' survey change gives exactly the results page's numbers and hiding, for the whole programme and each
 * municipality, in at most three statements however many surveys, rounds and answers there are.
 */
@SamlaTest
class SurveyChangesTest {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

    @Autowired
    SurveyChanges changes;

    @Autowired
    Surveys surveys;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    QueryCounter queries;

    private SurveyTestData demo;

    @BeforeEach
    void findTheDemoData() {
        demo = new SurveyTestData(jdbc, transactions);
    }

    @Test
    void theNumbersAreThoseOfTheResultsPageForTheWholeProgrammeAndEachMunicipality() {
        assertSameAsResults(demo.programmeId(DemoProgrammes.INNLANDET_INNOVATION));
        assertSameAsResults(demo.programmeId(DemoProgrammes.DRAMMEN_SCHOOL));
    }

    @Test
    void ringsakerIsHiddenAndStangeIsHiddenToProtectRingsaker() {
        long programme = demo.programmeId(DemoProgrammes.INNLANDET_INNOVATION);
        List<SurveyChange> whole = changes.of(programme, null);
        assertThat(whole).hasSize(10).noneMatch(SurveyChange::hidden).allMatch(c -> c.pairs() == 8L);
        assertThat(whole).extracting(SurveyChange::afterKind).containsOnly(RoundKind.AFTER);
        assertThat(factor(whole, "Rolleklarhet").clearIncrease()).isTrue();
        assertThat(factor(whole, "Mestringsklima").clearIncrease()).isTrue();
        assertThat(factor(whole, "Oppgavemotivasjon").unclear()).isTrue();
        assertThat(factor(whole, "Rolleklarhet").difference())
                .isBetween(
                        factor(whole, "Rolleklarhet").low(),
                        factor(whole, "Rolleklarhet").high());

        List<SurveyChange> ringsaker = changes.of(programme, demo.municipalityId("3411"));
        assertThat(ringsaker).hasSize(10).allMatch(SurveyChange::hidden).noneMatch(SurveyChange::secondary);
        assertNoFigures(ringsaker);

        List<SurveyChange> stange = changes.of(programme, demo.municipalityId("3413"));
        assertThat(stange).hasSize(10).allMatch(SurveyChange::hidden).allMatch(SurveyChange::secondary);
        assertNoFigures(stange);
        assertThat(stange)
                .extracting(SurveyChange::factor)
                .containsExactlyElementsOf(
                        whole.stream().map(SurveyChange::factor).toList());
    }

    @Test
    void drammensEightLeadersAreShownAndOnlyTheMeasuredSurveyCounts() {
        long programme = demo.programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        long selfAssessment = demo.surveyId(DemoProgrammes.DRAMMEN_SCHOOL, "SELF_ASSESSMENT");
        List<SurveyChange> drammen = changes.of(programme, demo.municipalityId("3301"));
        assertThat(drammen).isNotEmpty().allMatch(c -> c.surveyId() == selfAssessment);
        assertThat(drammen).noneMatch(SurveyChange::hidden).allMatch(c -> c.pairs() == 8L);
        assertThat(factor(drammen, "Relasjon").clearIncrease()).isTrue();
        assertThat(factor(drammen, "Oppgave og struktur").unclear()).isTrue();
        assertThat(changes.of(programme, null)).isEqualTo(drammen);
        // a municipality not in the programme has nothing, as on the results page
        assertThat(changes.of(programme, demo.municipalityId("3411"))).isEmpty();
        assertThat(changes.of(demo.programmeId(DemoProgrammes.INNLANDET_INNOVATION), demo.municipalityId("3301")))
                .isEmpty();
    }

    @Test
    void theStatementsDoNotGrowWithSurveysRoundsAndAnswers() {
        long programme = demo.programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        long drammen = demo.municipalityId("3301");
        demo.inRolledBackTransaction(() -> {
            changes.of(programme, null);
            long before = queries.countDuring(() -> changes.of(programme, null));
            long beforeMunicipality = queries.countDuring(() -> changes.of(programme, drammen));
            int rowsBefore = changes.of(programme, null).size();

            // two more surveys: ten factors with an after and a follow-up round, and a second self-assessment,
            // each round answered by every participant of the school
            List<Long> participants = jdbc.queryForList("""
                    select pa.person_id from participation pa join programme p on p.id = pa.programme_id
                      join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'
                     where p.id = ? and pa.left_on is null order by pa.id
                    """, Long.class, programme);
            assertThat(participants).hasSizeGreaterThan(8);
            answeredSurvey(programme, Instrument.TEN_FACTOR, participants, RoundKind.AFTER, RoundKind.FOLLOW_UP);
            answeredSurvey(programme, Instrument.SELF_ASSESSMENT, participants, RoundKind.AFTER);

            long after = queries.countDuring(() -> changes.of(programme, null));
            long afterMunicipality = queries.countDuring(() -> changes.of(programme, drammen));
            List<SurveyChange> found = changes.of(programme, null);
            assertThat(found.size()).isGreaterThan(rowsBefore + 20);
            assertThat(found)
                    .filteredOn(c -> c.afterKind() == RoundKind.FOLLOW_UP)
                    .hasSize(10);
            assertThat(found.stream().map(SurveyChange::surveyId).distinct().toList())
                    .containsExactlyElementsOf(surveys.measuredSurveys(programme));
            assertThat(after).isLessThanOrEqualTo(before).isLessThanOrEqualTo(3);
            assertThat(afterMunicipality)
                    .isLessThanOrEqualTo(beforeMunicipality)
                    .isLessThanOrEqualTo(3);
            // and the new surveys give the results page's numbers too
            assertSameAsResults(programme);
            return null;
        });
    }

    /** A survey with a before round and the later rounds, every round answered by every one of the people. */
    private void answeredSurvey(long programme, Instrument instrument, List<Long> people, RoundKind... later) {
        Survey survey = surveys.create(programme, instrument, NORWEGIAN);
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(400);
        List<SurveyRound> rounds = new ArrayList<>();
        rounds.add(surveys.addRound(programme, survey.getId(), RoundKind.BEFORE, start, start.plusDays(10)));
        for (int r = 0; r < later.length; r++) {
            LocalDate opens = start.plusDays(100L * (r + 1));
            rounds.add(surveys.addRound(programme, survey.getId(), later[r], opens, opens.plusDays(10)));
        }
        Survey full = surveys.get(programme, survey.getId());
        for (int i = 0; i < people.size(); i++) {
            for (int r = 0; r < rounds.size(); r++) {
                Map<Long, String> answers = new HashMap<>();
                List<SurveyQuestion> questions = full.getQuestions();
                for (int q = 0; q < questions.size(); q++) {
                    answers.put(
                            questions.get(q).getId(),
                            questions.get(q).isScale() ? Integer.toString(1 + (i * (r + 2) + q) % 5) : "Svar " + i);
                }
                surveys.answerOn(
                        rounds.get(r).getOpensOn(), people.get(i), rounds.get(r).getId(), answers);
            }
        }
    }

    /**
     * Compares the changes of every measured survey, for the whole programme and each municipality on the results page,
     * with the results page's own figures, to the last digit.
     */
    private void assertSameAsResults(long programme) {
        List<Long> measured = surveys.measuredSurveys(programme);
        assertThat(measured).isNotEmpty();
        List<Long> groups = new ArrayList<>();
        surveys.results(programme, measured.get(0), null, false).groups().forEach(g -> groups.add(g.municipalityId()));
        assertThat(groups).hasSizeGreaterThan(1).startsWith((Long) null);
        for (Long group : groups) {
            List<SurveyChange> expected = new ArrayList<>();
            for (long surveyId : measured) {
                SurveyResults results = surveys.results(programme, surveyId, group, false);
                SurveyResults.Group shown = results.groups().stream()
                        .filter(g -> Objects.equals(g.municipalityId(), group))
                        .findFirst()
                        .orElseThrow();
                for (SurveyResults.Change change : shown.changes()) {
                    for (SurveyResults.FactorChange factor : change.factors()) {
                        expected.add(expected(results.survey(), change.after(), factor));
                    }
                }
            }
            assertThat(changes.of(programme, group))
                    .as("programme %s, municipality %s", programme, group)
                    .containsExactlyElementsOf(expected);
        }
    }

    private static SurveyChange expected(Survey survey, SurveyRound after, SurveyResults.FactorChange factor) {
        SurveyStatistics.PairedInterval interval = factor.interval();
        return new SurveyChange(
                survey.getId(),
                survey.getTitle(),
                after.getId(),
                after.getKind(),
                factor.factor(),
                interval == null ? null : (long) interval.n(),
                factor.beforeMean(),
                factor.afterMean(),
                interval == null ? null : interval.meanDifference(),
                interval == null ? null : interval.low(),
                interval == null ? null : interval.high(),
                factor.hidden(),
                factor.secondary());
    }

    private static void assertNoFigures(List<SurveyChange> rows) {
        for (SurveyChange row : rows) {
            assertThat(row.pairs()).isNull();
            assertThat(row.beforeMean()).isNull();
            assertThat(row.afterMean()).isNull();
            assertThat(row.difference()).isNull();
            assertThat(row.low()).isNull();
            assertThat(row.high()).isNull();
            assertThat(row.clearIncrease() || row.clearDecrease() || row.unclear())
                    .isFalse();
        }
    }

    private static SurveyChange factor(List<SurveyChange> rows, String name) {
        return rows.stream().filter(c -> c.factor().equals(name)).findFirst().orElseThrow();
    }
}
