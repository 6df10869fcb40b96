package no.samla.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.samla.people.People;
import no.samla.programme.EnrolledMunicipality;
import no.samla.programme.Enrolments;
import no.samla.programme.Programme;
import no.samla.programme.Programmes;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;
import no.samla.system.RespondentKeys;
import no.samla.system.StaleEditException;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey module's facade: building surveys and their rounds, leaders answering, and results. Who may set up and
 * read results is decided by the callers (ProgrammeAccess); this class enforces what holds for everyone: only a
 * programme's participants answer, only while a round is open, once per round, all or nothing, and no figure for a
 * group of fewer than {@link SurveyResults#MINIMUM}.
 */
@Service
@Transactional(readOnly = true)
public class Surveys {

    public static final int TEXT_MAX = 4000;
    public static final int QUESTIONS_MAX = 60;
    /** What a survey's respondent keys are made of besides the survey and the person (see RespondentKeys). */
    public static final String KEY_KIND = "survey";

    private final SurveyRepository surveys;
    private final SurveyRoundRepository rounds;
    private final ResponseStore responses;
    private final RespondentKeys keys;
    private final Enrolments enrolments;
    private final Programmes programmes;
    private final People people;
    private final MessageSource messages;
    private final Clock clock;

    Surveys(
            SurveyRepository surveys,
            SurveyRoundRepository rounds,
            ResponseStore responses,
            RespondentKeys keys,
            Enrolments enrolments,
            Programmes programmes,
            People people,
            MessageSource messages,
            Clock clock) {
        this.surveys = surveys;
        this.rounds = rounds;
        this.responses = responses;
        this.keys = keys;
        this.enrolments = enrolments;
        this.programmes = programmes;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- building (the programme's managers) ----

    /** A survey of the programme with its rounds. */
    public record Overview(Survey survey, List<SurveyRound> rounds) {}

    public List<Overview> of(long programmeId) {
        List<Survey> found = surveys.findByProgrammeIdOrderByIdAsc(programmeId);
        Map<Long, List<SurveyRound>> bySurvey = roundsBySurvey(found);
        return found.stream()
                .map(survey -> new Overview(survey, bySurvey.getOrDefault(survey.getId(), List.of())))
                .toList();
    }

    /**
     * The survey of the programme with its questions and factors, ready to be shown after the transaction (pages
     * read both); "not found" if it belongs to another.
     */
    public Survey get(long programmeId, long surveyId) {
        Survey survey = surveys.findWithQuestions(surveyId)
                .filter(found -> found.getProgrammeId() == programmeId)
                .orElseThrow(() -> new NotFoundException("Survey", surveyId));
        org.hibernate.Hibernate.initialize(survey.getFactors());
        return survey;
    }

    public List<SurveyRound> roundsOf(long surveyId) {
        return rounds.findBySurveyIdOrderByOpensOnAscIdAsc(surveyId);
    }

    private Map<Long, List<SurveyRound>> roundsBySurvey(List<Survey> found) {
        return rounds
                .findBySurveyIdInOrderByOpensOnAscIdAsc(
                        found.stream().map(Survey::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(SurveyRound::getSurveyId));
    }

    /** Whether any round has answers: then the questions stay as they are. */
    public boolean locked(long surveyId) {
        return responses.hasAnswers(surveyId);
    }

    /** A new survey, with a built-in instrument's texts copied in the creator's language. */
    @Transactional
    public Survey create(long programmeId, Instrument instrument, Locale locale) {
        Survey survey = surveys.save(new Survey(
                programmeId,
                text(instrument.keyPrefix() + ".title", locale),
                instrument == Instrument.EMPTY ? null : text(instrument.keyPrefix() + ".introduction", locale),
                instrument));
        List<Integer> perFactor = instrument.statementsPerFactor();
        List<SurveyFactor> factors = new ArrayList<>();
        for (int f = 1; f <= perFactor.size(); f++) {
            factors.add(survey.addFactor(text(instrument.keyPrefix() + ".factor." + f, locale)));
        }
        surveys.flush();
        for (int f = 1; f <= perFactor.size(); f++) {
            for (int s = 1; s <= perFactor.get(f - 1); s++) {
                survey.addQuestion(
                        QuestionKind.SCALE,
                        text(instrument.keyPrefix() + ".statement." + f + "." + s, locale),
                        factors.get(f - 1).getId(),
                        true);
            }
        }
        for (int t = 1; t <= instrument.textQuestions(); t++) {
            survey.addQuestion(QuestionKind.TEXT, text(instrument.keyPrefix() + ".text." + t, locale), null, t == 1);
        }
        surveys.flush();
        return survey;
    }

    @Transactional
    public void describe(long programmeId, long surveyId, long formVersion, String title, String introduction) {
        Survey survey = get(programmeId, surveyId);
        StaleEditException.check(survey.getVersion(), formVersion);
        survey.describe(title.strip(), introduction == null || introduction.isBlank() ? null : introduction.strip());
    }

    @Transactional
    public SurveyFactor addFactor(long programmeId, long surveyId, String name) {
        Survey survey = get(programmeId, surveyId);
        requireUnlocked(survey, "name");
        if (survey.getFactors().stream().anyMatch(f -> f.getName().equalsIgnoreCase(name.strip()))) {
            throw new FieldConflictException("name", "survey.factor.taken");
        }
        SurveyFactor factor = survey.addFactor(name.strip());
        surveys.flush();
        return factor;
    }

    @Transactional
    public SurveyQuestion addQuestion(
            long programmeId, long surveyId, QuestionKind kind, String text, Long factorId, boolean required) {
        Survey survey = get(programmeId, surveyId);
        requireUnlocked(survey, "text");
        if (survey.getQuestions().size() >= QUESTIONS_MAX) {
            throw new FieldConflictException("text", "survey.question.tooMany");
        }
        if (kind == QuestionKind.SCALE
                && (factorId == null || survey.factor(factorId).isEmpty())) {
            throw new FieldConflictException("factorId", "survey.question.factor.required");
        }
        SurveyQuestion question =
                survey.addQuestion(kind, text.strip(), kind == QuestionKind.SCALE ? factorId : null, required);
        surveys.flush();
        return question;
    }

    /** The question of the survey; "not found" if it belongs to another. */
    public SurveyQuestion question(Survey survey, long questionId) {
        return survey.getQuestions().stream()
                .filter(q -> q.getId() == questionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Question", questionId));
    }

    /** Changes a question's wording, factor and required flag; its kind stays (a new kind is a new question). */
    @Transactional
    public void changeQuestion(
            long programmeId, long surveyId, long questionId, String text, Long factorId, boolean required) {
        Survey survey = get(programmeId, surveyId);
        SurveyQuestion question = question(survey, questionId);
        requireUnlocked(survey, "text");
        if (question.isScale() && (factorId == null || survey.factor(factorId).isEmpty())) {
            throw new FieldConflictException("factorId", "survey.question.factor.required");
        }
        question.change(text.strip(), factorId, required);
        surveys.flush();
    }

    @Transactional
    public void removeQuestion(long programmeId, long surveyId, long questionId) {
        Survey survey = get(programmeId, surveyId);
        requireUnlocked(survey, "text");
        if (!survey.removeQuestion(questionId)) {
            throw new NotFoundException("Question", questionId);
        }
        surveys.flush();
    }

    /** Moves a question one place up or down; at either end nothing changes. */
    @Transactional
    public void moveQuestion(long programmeId, long surveyId, long questionId, boolean up) {
        Survey survey = get(programmeId, surveyId);
        requireUnlocked(survey, "text");
        if (survey.getQuestions().stream().noneMatch(q -> q.getId() == questionId)) {
            throw new NotFoundException("Question", questionId);
        }
        survey.move(questionId, up);
        surveys.flush();
    }

    @Transactional
    public SurveyRound addRound(
            long programmeId, long surveyId, RoundKind kind, LocalDate opensOn, LocalDate closesOn) {
        get(programmeId, surveyId);
        if (!closesOn.isAfter(opensOn)) {
            throw new FieldConflictException("closesOn", "survey.round.closesOn.afterOpens");
        }
        return rounds.save(new SurveyRound(surveyId, kind, opensOn, closesOn));
    }

    private void requireUnlocked(Survey survey, String field) {
        if (locked(survey.getId())) {
            throw new FieldConflictException(field, "survey.locked");
        }
    }

    // ---- answering (a programme's participants) ----

    /** The rounds open today in the programmes the person takes part in as a participant, answered or not. */
    public List<LeaderRound> openFor(long personId) {
        List<SurveyRound> open = rounds.findOpenForParticipant(personId, today());
        return leaderRounds(personId, open);
    }

    /**
     * The rounds open today in one programme, answered or not, for its participant's programme page (which has checked
     * that they take part). One plain statement in the page's read batch when none is open, as on most days: through
     * Hibernate, that empty answer was among the costliest sections of the start page. When some are open, a second
     * statement, in a second round trip, finds which are answered.
     */
    public Deferred<List<OpenRound>> openIn(long personId, long programmeId, ReadBatch reads) {
        Deferred<List<OpenRound>> open = reads.query(
                """
                select r.id, r.kind, r.opens_on, r.closes_on, s.id as survey_id, s.title
                  from survey_round r
                  join survey s on s.id = r.survey_id
                 where s.programme_id = :programme and r.opens_on <= :day and r.closes_on >= :day
                 order by r.closes_on, r.id
                """,
                Map.of("programme", programmeId, "day", today()),
                (row, i) -> new OpenRound(
                        row.getLong("id"),
                        RoundKind.valueOf(row.getString("kind")),
                        row.getObject("opens_on", LocalDate.class),
                        row.getObject("closes_on", LocalDate.class),
                        row.getLong("survey_id"),
                        row.getString("title"),
                        false));
        return reads.after(open, found -> {
            Map<Long, String> keyOfSurvey = new HashMap<>();
            found.forEach(
                    round -> keyOfSurvey.computeIfAbsent(round.surveyId(), id -> keys.of(KEY_KIND, id, personId)));
            return responses
                    .answered(
                            keyOfSurvey.values(),
                            found.stream().map(OpenRound::roundId).toList(),
                            reads)
                    .map(answers -> {
                        Set<Long> answered =
                                answers.stream().map(Map.Entry::getKey).collect(Collectors.toSet());
                        return found.stream()
                                .map(round -> round.answered(answered.contains(round.roundId())))
                                .toList();
                    });
        });
    }

    /** Every survey with a round in the programmes the person takes part in as a participant. */
    public List<LeaderRound> roundsFor(long personId) {
        List<Long> programmeIds = enrolments.programmesAsParticipant(personId);
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        List<Long> surveyIds = surveys.findByProgrammeIdInOrderByIdAsc(programmeIds).stream()
                .map(Survey::getId)
                .toList();
        return leaderRounds(personId, rounds.findBySurveyIdInOrderByOpensOnAscIdAsc(surveyIds));
    }

    private List<LeaderRound> leaderRounds(long personId, List<SurveyRound> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Survey> bySurvey =
                surveys.findByIdIn(found.stream().map(SurveyRound::getSurveyId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(Survey::getId, s -> s));
        Map<Long, String> programmeNames = programmes.names(
                bySurvey.values().stream().map(Survey::getProgrammeId).collect(Collectors.toSet()));
        Map<Long, String> keyOfSurvey = new HashMap<>();
        bySurvey.keySet().forEach(id -> keyOfSurvey.put(id, keys.of(KEY_KIND, id, personId)));
        Set<String> answered = new HashSet<>();
        responses
                .answered(
                        keyOfSurvey.values(),
                        found.stream().map(SurveyRound::getId).toList())
                .forEach(entry -> answered.add(entry.getKey() + ":" + entry.getValue()));
        return found.stream()
                .map(round -> {
                    Survey survey = bySurvey.get(round.getSurveyId());
                    return new LeaderRound(
                            round,
                            survey,
                            programmeNames.get(survey.getProgrammeId()),
                            answered.contains(round.getId() + ":" + keyOfSurvey.get(survey.getId())));
                })
                .toList();
    }

    /**
     * The round as the person sees it: "not found" unless they take part in its programme as a participant;
     * {@link RoundClosedException} when it is not open today.
     */
    public LeaderRound forRespondent(long personId, long roundId) {
        return forRespondentOn(today(), personId, roundId);
    }

    private LeaderRound forRespondentOn(LocalDate day, long personId, long roundId) {
        SurveyRound round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("Round", roundId));
        Survey survey = surveys.findWithQuestions(round.getSurveyId()).orElseThrow();
        if (!enrolments.programmesAsParticipant(personId).contains(survey.getProgrammeId())) {
            throw new NotFoundException("Round", roundId);
        }
        if (!round.isOpenOn(day)) {
            throw new RoundClosedException(round);
        }
        boolean answered = !responses
                .answered(List.of(keys.of(KEY_KIND, survey.getId(), personId)), List.of(roundId))
                .isEmpty();
        String programmeName =
                programmes.find(survey.getProgrammeId()).map(Programme::getName).orElse("");
        return new LeaderRound(round, survey, programmeName, answered);
    }

    /** Checks answers (by question id, as typed) against the questions: errors by field name (message keys). */
    public Map<String, String> check(Survey survey, Map<Long, String> input) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (SurveyQuestion question : survey.getQuestions()) {
            String field = "answers[" + question.getId() + "]";
            String value = input.get(question.getId());
            if (value == null || value.isBlank()) {
                if (question.isRequired()) {
                    errors.put(field, "survey.answer.required");
                }
            } else if (question.isScale() && !value.strip().matches("[1-5]")) {
                errors.put(field, "survey.answer.range");
            } else if (!question.isScale() && value.strip().length() > TEXT_MAX) {
                errors.put(field, "survey.answer.tooLong");
            }
        }
        return errors;
    }

    /**
     * Saves the person's answers to the round, all or nothing. A second answer set for the same round is refused with
     * {@link AlreadyAnsweredException} and changes nothing; invalid input is refused before anything is written.
     */
    @Transactional
    public void answer(long personId, long roundId, Map<Long, String> input) {
        answerOn(today(), personId, roundId, input);
    }

    /**
     * Saves answers collected on a given day, by the same rules as {@link #answer} with the round open on that day:
     * for answers gathered outside Samla (the demo data set loads its rounds this way).
     */
    @Transactional
    public void answerOn(LocalDate day, long personId, long roundId, Map<Long, String> input) {
        LeaderRound leaderRound = forRespondentOn(day, personId, roundId);
        if (leaderRound.answered()) {
            throw new AlreadyAnsweredException(roundId);
        }
        Survey survey = leaderRound.survey();
        Map<String, String> errors = check(survey, input);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Invalid answers: " + errors);
        }
        UUID response = responses
                .insert(
                        roundId,
                        keys.of(KEY_KIND, survey.getId(), personId),
                        people.get(personId).getMunicipalityId())
                .orElseThrow(() -> new AlreadyAnsweredException(roundId));
        Map<Long, Integer> scores = new LinkedHashMap<>();
        Map<Long, String> texts = new LinkedHashMap<>();
        for (SurveyQuestion question : survey.getQuestions()) {
            String value = input.get(question.getId());
            if (value == null || value.isBlank()) {
                continue;
            }
            if (question.isScale()) {
                scores.put(question.getId(), Integer.parseInt(value.strip()));
            } else {
                texts.put(question.getId(), value.strip());
            }
        }
        responses.saveAnswers(response, scores, texts);
    }

    /** The person's own answers and change; "not found" unless they take part in the survey's programme. */
    public OwnAnswers own(long personId, long surveyId) {
        Survey survey =
                surveys.findWithQuestions(surveyId).orElseThrow(() -> new NotFoundException("Survey", surveyId));
        if (!enrolments.programmesAsParticipant(personId).contains(survey.getProgrammeId())) {
            throw new NotFoundException("Survey", surveyId);
        }
        List<SurveyRound> all = roundsOf(surveyId);
        Map<Long, Map<Long, Object>> byRound = new HashMap<>();
        for (ResponseStore.Own answer : responses.own(surveyId, keys.of(KEY_KIND, surveyId, personId))) {
            byRound.computeIfAbsent(answer.roundId(), id -> new HashMap<>())
                    .put(answer.questionId(), answer.score() != null ? answer.score() : answer.text());
        }
        List<OwnAnswers.OwnRound> own = new ArrayList<>();
        Map<Long, Map<String, Double>> scoresByRound = new HashMap<>();
        for (SurveyRound round : all) {
            Map<Long, Object> answers = byRound.get(round.getId());
            if (answers == null) {
                continue;
            }
            Map<String, Double> factorScores = new LinkedHashMap<>();
            for (SurveyFactor factor : survey.getFactors()) {
                List<Integer> scores = survey.statementsOf(factor).stream()
                        .map(q -> answers.get(q.getId()))
                        .filter(Integer.class::isInstance)
                        .map(Integer.class::cast)
                        .toList();
                if (!scores.isEmpty()) {
                    factorScores.put(factor.getName(), SurveyStatistics.mean(scores));
                }
            }
            scoresByRound.put(round.getId(), factorScores);
            own.add(new OwnAnswers.OwnRound(round, answers, factorScores));
        }
        List<OwnAnswers.OwnChange> changes = new ArrayList<>();
        SurveyRound before = firstBefore(all);
        if (before != null && scoresByRound.containsKey(before.getId())) {
            for (SurveyRound later : laterRounds(all)) {
                Map<String, Double> after = scoresByRound.get(later.getId());
                if (after == null) {
                    continue;
                }
                Map<String, Double> change = new LinkedHashMap<>();
                scoresByRound.get(before.getId()).forEach((factor, score) -> {
                    if (after.containsKey(factor)) {
                        change.put(factor, after.get(factor) - score);
                    }
                });
                changes.add(new OwnAnswers.OwnChange(before, later, change));
            }
        }
        String programmeName =
                programmes.find(survey.getProgrammeId()).map(Programme::getName).orElse("");
        return new OwnAnswers(survey, programmeName, own, changes);
    }

    // ---- results (the programme's staff) ----

    /**
     * The results for the whole programme and each enrolled municipality, or ({@code onlyMunicipality} set) for that
     * municipality alone; {@code withTexts} adds the free-text answers of rounds with enough respondents (the
     * programme's managers, whole programme only). A fixed number of queries whatever the number of respondents.
     */
    public SurveyResults results(long programmeId, long surveyId, Long onlyMunicipality, boolean withTexts) {
        Survey survey = get(programmeId, surveyId);
        return results(
                survey,
                roundsOf(surveyId),
                responses.scores(surveyId),
                responses.counts(surveyId),
                enrolments.municipalities(programmeId, null),
                onlyMunicipality,
                withTexts);
    }

    /**
     * The results of every survey of the programme with a before round and a later one (see {@link
     * #measuredSurveys}), without free texts, as {@link #results} gives them one at a time: for the report. A fixed
     * number of queries whatever the number of surveys, rounds and respondents.
     */
    public List<SurveyResults> measuredResults(long programmeId, Long onlyMunicipality) {
        List<Survey> found = surveys.findWithQuestionsByProgramme(programmeId);
        if (found.isEmpty()) {
            return List.of();
        }
        // Fills in the factors of the surveys just read: they are the same instances in this transaction.
        surveys.findWithFactorsByProgramme(programmeId);
        Map<Long, List<SurveyRound>> roundsBySurvey = roundsBySurvey(found);
        List<Survey> measured = found.stream()
                .filter(survey -> measured(survey, roundsBySurvey.getOrDefault(survey.getId(), List.of())))
                .toList();
        if (measured.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ResponseStore.Score>> scoresByRound = responses.scoresOfProgramme(programmeId).stream()
                .collect(Collectors.groupingBy(ResponseStore.Score::roundId));
        Map<Long, List<ResponseStore.Count>> countsByRound = responses.countsOfProgramme(programmeId).stream()
                .collect(Collectors.groupingBy(ResponseStore.Count::roundId));
        List<EnrolledMunicipality> municipalities = enrolments.municipalities(programmeId, null);
        List<SurveyResults> results = new ArrayList<>();
        for (Survey survey : measured) {
            List<SurveyRound> all = roundsBySurvey.get(survey.getId());
            results.add(results(
                    survey,
                    all,
                    ofRounds(all, scoresByRound),
                    ofRounds(all, countsByRound),
                    municipalities,
                    onlyMunicipality,
                    false));
        }
        return results;
    }

    private static <T> List<T> ofRounds(List<SurveyRound> all, Map<Long, List<T>> byRound) {
        return all.stream()
                .flatMap(round -> byRound.getOrDefault(round.getId(), List.of()).stream())
                .toList();
    }

    private SurveyResults results(
            Survey survey,
            List<SurveyRound> all,
            List<ResponseStore.Score> scores,
            List<ResponseStore.Count> counts,
            List<EnrolledMunicipality> enrolled,
            Long onlyMunicipality,
            boolean withTexts) {
        // Every group is computed and protected together, whoever asks, so that what one viewer sees of a
        // municipality is what any other viewer sees.
        List<SurveyResults.Group> municipalities = new ArrayList<>();
        for (EnrolledMunicipality municipality : enrolled) {
            municipalities.add(group(survey, all, scores, counts, municipality.municipalityId(), municipality.name()));
        }
        SurveyResults.Group whole = group(survey, all, scores, counts, null, null);
        municipalities = Suppression.protect(whole, municipalities);
        List<SurveyResults.Group> groups = new ArrayList<>();
        if (onlyMunicipality == null) {
            groups.add(whole);
            groups.addAll(municipalities);
        } else {
            municipalities.stream()
                    .filter(group -> onlyMunicipality.equals(group.municipalityId()))
                    .forEach(groups::add);
        }
        List<SurveyResults.TextAnswers> texts = new ArrayList<>();
        if (withTexts && onlyMunicipality == null && !survey.textQuestions().isEmpty()) {
            List<Object[]> rows = responses.texts(survey.getId());
            for (SurveyRound round : all) {
                long respondents = respondents(counts, round.getId(), m -> true);
                for (SurveyQuestion question : survey.textQuestions()) {
                    boolean hidden = respondents < SurveyResults.MINIMUM;
                    List<String> found = hidden
                            ? List.of()
                            : rows.stream()
                                    .filter(row -> (long) row[0] == round.getId() && (long) row[1] == question.getId())
                                    .map(row -> (String) row[2])
                                    .toList();
                    texts.add(new SurveyResults.TextAnswers(round, question, hidden, found));
                }
            }
        }
        return new SurveyResults(survey, all, groups, texts);
    }

    /** The surveys of a programme with a before round and a later one, for the report. */
    public List<Long> measuredSurveys(long programmeId) {
        return of(programmeId).stream()
                .filter(o -> measured(o.survey(), o.rounds()))
                .map(o -> o.survey().getId())
                .toList();
    }

    private static boolean measured(Survey survey, List<SurveyRound> rounds) {
        return firstBefore(rounds) != null
                && !laterRounds(rounds).isEmpty()
                && !survey.getFactors().isEmpty();
    }

    private SurveyResults.Group group(
            Survey survey,
            List<SurveyRound> all,
            List<ResponseStore.Score> scores,
            List<ResponseStore.Count> counts,
            Long municipalityId,
            String municipalityName) {
        Predicate<Long> inScope = m -> municipalityId == null || municipalityId.equals(m);
        Map<Long, Long> factorOf = new HashMap<>();
        survey.getQuestions().stream()
                .filter(SurveyQuestion::isScale)
                .forEach(q -> factorOf.put(q.getId(), q.getFactorId()));
        Map<Long, Map<String, Map<Long, List<Integer>>>> items = PairedChange.items(scores, factorOf, inScope);
        List<SurveyResults.RoundGroup> roundGroups = new ArrayList<>();
        for (SurveyRound round : all) {
            long respondents = respondents(counts, round.getId(), inScope);
            if (respondents < SurveyResults.MINIMUM) {
                roundGroups.add(new SurveyResults.RoundGroup(round, null, List.of()));
                continue;
            }
            Map<String, Map<Long, List<Integer>>> byKey = items.getOrDefault(round.getId(), Map.of());
            List<SurveyResults.FactorRound> factors = new ArrayList<>();
            for (SurveyFactor factor : survey.getFactors()) {
                List<Double> respondentScores = new ArrayList<>();
                Long[] distribution = {0L, 0L, 0L, 0L, 0L};
                for (Map<Long, List<Integer>> byFactor : byKey.values()) {
                    List<Integer> own = byFactor.get(factor.getId());
                    if (own != null) {
                        respondentScores.add(SurveyStatistics.mean(own));
                        own.forEach(s -> distribution[s - 1]++);
                    }
                }
                factors.add(
                        respondentScores.size() < SurveyResults.MINIMUM
                                ? new SurveyResults.FactorRound(factor.getName(), null, null, null)
                                : new SurveyResults.FactorRound(
                                        factor.getName(),
                                        (long) respondentScores.size(),
                                        SurveyStatistics.mean(respondentScores),
                                        List.of(distribution)));
            }
            roundGroups.add(new SurveyResults.RoundGroup(round, respondents, factors));
        }
        List<SurveyResults.Change> changes = new ArrayList<>();
        SurveyRound before = firstBefore(all);
        if (before != null) {
            for (SurveyRound later : laterRounds(all)) {
                changes.add(PairedChange.change(survey.getFactors(), items, before, later));
            }
        }
        return new SurveyResults.Group(municipalityId, municipalityName, roundGroups, changes);
    }

    private static long respondents(List<ResponseStore.Count> counts, long roundId, Predicate<Long> inScope) {
        return counts.stream()
                .filter(c -> c.roundId() == roundId && inScope.test(c.municipalityId()))
                .mapToLong(ResponseStore.Count::respondents)
                .sum();
    }

    static SurveyRound firstBefore(Collection<SurveyRound> all) {
        return all.stream()
                .filter(r -> r.getKind() == RoundKind.BEFORE)
                .findFirst()
                .orElse(null);
    }

    static List<SurveyRound> laterRounds(Collection<SurveyRound> all) {
        return all.stream().filter(r -> r.getKind().comparedWithBefore()).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
