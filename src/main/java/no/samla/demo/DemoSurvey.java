package no.samla.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.samla.programme.Programme;
import no.samla.survey.Instrument;
import no.samla.survey.RoundKind;
import no.samla.survey.Survey;
import no.samla.survey.SurveyFactor;
import no.samla.survey.SurveyQuestion;
import no.samla.survey.SurveyRound;
import no.samla.survey.Surveys;
import org.springframework.stereotype.Component;

/**
 * Demo surveys with answers that show change: in the Innlandet programme a ten-factor survey answered before and after
 * by six leaders of Stange and only two of Ringsaker (whose results stay hidden), with clear improvement in three
 * factors and none in the others; in Drammen's school a leadership self-assessment answered before and after by eight
 * leaders including Kari Nordmann, and an expectations round open today that three colleagues have answered and Kari
 * has not. The answers are computed, so every load gives the same figures.
 */
@Component
class DemoSurvey {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

    /** Ten-factor: mastery-oriented leadership, role clarity and mastery climate (from 0) improve. */
    private static final Set<Integer> IMPROVING_TEN_FACTOR = Set.of(4, 5, 8);

    /** Self-assessment: relation (from 0) improves, task/structure and change do not. */
    private static final Set<Integer> IMPROVING_SELF = Set.of(2);

    private static final List<String> EXPECTATIONS = List.of(
            "Verktøy for å lede endring når budsjettet strammes inn.",
            "Tid til å tenke høyt sammen med andre ledere.",
            "Hjelp til å gi tydelige tilbakemeldinger uten å miste relasjonen.");

    private static final List<String> TAKE_AWAY = List.of(
            "En plan for medarbeidersamtalene til høsten.",
            "Et nettverk av ledere jeg kan ringe.",
            "Mot til å prøve ut nye arbeidsformer i enheten.");

    private final Surveys surveys;
    private final Clock clock;

    DemoSurvey(Surveys surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    void load(
            Programme innovation,
            List<Long> stange,
            List<Long> ringsaker,
            Programme school,
            List<Long> drammen,
            long kari) {
        if (surveys.of(innovation.getId()).isEmpty()) {
            List<Long> respondents = new java.util.ArrayList<>(stange.subList(0, 6));
            respondents.addAll(ringsaker.subList(0, 2));
            beforeAndAfter(innovation, Instrument.TEN_FACTOR, respondents, IMPROVING_TEN_FACTOR);
        }
        if (surveys.of(school.getId()).isEmpty()) {
            List<Long> respondents = drammen.subList(0, 8);
            if (!respondents.contains(kari)) {
                throw new IllegalStateException("Kari Nordmann answers the demo self-assessment");
            }
            beforeAndAfter(school, Instrument.SELF_ASSESSMENT, respondents, IMPROVING_SELF);
            expectations(
                    school, drammen.stream().filter(id -> id != kari).limit(3).toList());
        }
    }

    private void beforeAndAfter(
            Programme programme, Instrument instrument, List<Long> respondents, Set<Integer> improving) {
        Survey survey = surveys.create(programme.getId(), instrument, NORWEGIAN);
        LocalDate start = programme.getStartDate();
        LocalDate end = programme.getEndDate();
        SurveyRound before = surveys.addRound(
                programme.getId(), survey.getId(), RoundKind.BEFORE, start.minusDays(21), start.minusDays(1));
        SurveyRound after =
                surveys.addRound(programme.getId(), survey.getId(), RoundKind.AFTER, end.plusDays(1), end.plusDays(21));
        Survey full = surveys.get(programme.getId(), survey.getId());
        for (int i = 0; i < respondents.size(); i++) {
            Map<Long, String> first = new HashMap<>();
            Map<Long, String> second = new HashMap<>();
            List<SurveyFactor> factors = full.getFactors();
            for (int f = 0; f < factors.size(); f++) {
                List<SurveyQuestion> statements = full.statementsOf(factors.get(f));
                for (int s = 0; s < statements.size(); s++) {
                    int was = 2 + (i + f + s) % 3;
                    int is = improving.contains(f)
                            ? was + ((i * s + i) % 3 == 2 ? 0 : 1)
                            : Math.max(1, Math.min(5, was + (i * 7 + s * 3 + f) % 5 - 2));
                    first.put(statements.get(s).getId(), Integer.toString(was));
                    second.put(statements.get(s).getId(), Integer.toString(is));
                }
            }
            surveys.answerOn(before.getOpensOn(), respondents.get(i), before.getId(), first);
            surveys.answerOn(after.getOpensOn(), respondents.get(i), after.getId(), second);
        }
    }

    /** Open from a week ago to the day before the first gathering, so Kari can answer it now. */
    private void expectations(Programme programme, List<Long> respondents) {
        Survey survey = surveys.create(programme.getId(), Instrument.EXPECTATIONS, NORWEGIAN);
        LocalDate today = LocalDate.now(clock);
        LocalDate closes = programme.getStartDate().minusDays(1);
        SurveyRound round = surveys.addRound(
                programme.getId(),
                survey.getId(),
                RoundKind.BEFORE,
                today.minusDays(7),
                closes.isAfter(today.plusDays(7)) ? closes : today.plusDays(30));
        List<SurveyQuestion> questions =
                surveys.get(programme.getId(), survey.getId()).getQuestions();
        for (int i = 0; i < respondents.size(); i++) {
            Map<Long, String> answers = new HashMap<>();
            answers.put(questions.get(0).getId(), EXPECTATIONS.get(i % EXPECTATIONS.size()));
            answers.put(questions.get(1).getId(), TAKE_AWAY.get(i % TAKE_AWAY.size()));
            surveys.answer(respondents.get(i), round.getId(), answers);
        }
    }
}
