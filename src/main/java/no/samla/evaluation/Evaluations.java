package no.samla.evaluation;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samla.gathering.Gathering;
import no.samla.gathering.Gatherings;
import no.samla.people.People;
import no.samla.people.Person;
import no.samla.programme.Enrolments;
import no.samla.programme.ParticipantRow;
import no.samla.programme.ParticipationRole;
import no.samla.programme.Programme;
import no.samla.programme.Programmes;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;
import no.samla.system.RespondentKeys;
import no.samla.system.StaleEditException;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import no.samla.system.web.ListPages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation module's facade: setting evaluations up, leaders answering them, and results. Who may do what is
 * decided by the callers (ProgrammeAccess for the programme's staff); this class enforces the rules that hold for
 * everyone: only a programme's active participants answer, only while the evaluation is open, once each, and the
 * results of an anonymous evaluation stay hidden below three answers.
 */
@Service
@Transactional(readOnly = true)
public class Evaluations {

    public static final int TEXT_MAX = 4000;
    public static final int QUESTION_MAX = 300;
    public static final int QUESTIONS_MAX = 10;

    private static final Comparator<String> NAMES =
            Comparator.nullsLast(Collator.getInstance(Locale.forLanguageTag("nb")));

    private final EvaluationRepository evaluations;
    private final AnswerStore answers;
    private final RespondentKeys keys;
    private final Gatherings gatherings;
    private final Enrolments enrolments;
    private final Programmes programmes;
    private final People people;
    private final Clock clock;
    private final JdbcTemplate template;

    Evaluations(
            EvaluationRepository evaluations,
            AnswerStore answers,
            RespondentKeys keys,
            Gatherings gatherings,
            Enrolments enrolments,
            Programmes programmes,
            People people,
            Clock clock,
            JdbcTemplate template) {
        this.evaluations = evaluations;
        this.answers = answers;
        this.keys = keys;
        this.gatherings = gatherings;
        this.enrolments = enrolments;
        this.programmes = programmes;
        this.people = people;
        this.clock = clock;
        this.template = template;
    }

    // ---- setting up (the programme's managers) ----

    /** The evaluation of the programme, with its questions; "not found" if it belongs to another programme. */
    public Evaluation get(long programmeId, long evaluationId) {
        return evaluations
                .findWithQuestions(evaluationId)
                .filter(found -> found.getProgrammeId() == programmeId)
                .orElseThrow(() -> new NotFoundException("Evaluation", evaluationId));
    }

    public Subject subjectOf(Evaluation evaluation) {
        if (evaluation.isProgrammeLevel()) {
            return Subject.PROGRAMME;
        }
        return subject(gatherings.get(evaluation.getProgrammeId(), evaluation.getGatheringId()));
    }

    /** The gathering's evaluation, created as a draft if it has none yet. */
    @Transactional
    public Evaluation createForGathering(long programmeId, long gatheringId) {
        gatherings.get(programmeId, gatheringId);
        return evaluations
                .findByGathering(gatheringId)
                .orElseGet(() -> create(new Evaluation(programmeId, gatheringId)));
    }

    /** The programme-level evaluation, created as a draft if there is none yet. */
    @Transactional
    public Evaluation createForProgramme(long programmeId) {
        return evaluations.findProgrammeLevel(programmeId).orElseGet(() -> create(new Evaluation(programmeId, null)));
    }

    /** Two created at the same moment: the unique indexes keep one, and the other gets the conflict page. */
    private Evaluation create(Evaluation evaluation) {
        return evaluations.saveAndFlush(evaluation);
    }

    @Transactional
    public void setAnonymous(long programmeId, long evaluationId, long formVersion, boolean anonymous) {
        Evaluation evaluation = get(programmeId, evaluationId);
        StaleEditException.check(evaluation.getVersion(), formVersion);
        if (!evaluation.isDraft()) {
            throw new FieldConflictException("anonymous", "evaluation.anonymous.locked");
        }
        evaluation.setAnonymous(anonymous);
    }

    @Transactional
    public EvaluationQuestion addQuestion(
            long programmeId, long evaluationId, QuestionKind kind, String text, boolean required) {
        Evaluation evaluation = get(programmeId, evaluationId);
        if (!evaluation.isDraft()) {
            throw new FieldConflictException("text", "evaluation.question.locked");
        }
        if (evaluation.getQuestions().size() >= QUESTIONS_MAX) {
            throw new FieldConflictException("text", "evaluation.question.tooMany");
        }
        EvaluationQuestion question = evaluation.addQuestion(kind, text.strip(), required);
        // Flushed so that the caller gets the question's id.
        evaluations.flush();
        return question;
    }

    @Transactional
    public void removeQuestion(long programmeId, long evaluationId, long questionId) {
        Evaluation evaluation = get(programmeId, evaluationId);
        if (!evaluation.isDraft()) {
            throw new IllegalStateException("Only a draft's questions can be removed");
        }
        if (!evaluation.removeQuestion(questionId)) {
            throw new NotFoundException("Question", questionId);
        }
    }

    /** Opens a draft or reopens a closed evaluation. */
    @Transactional
    public void open(long programmeId, long evaluationId) {
        get(programmeId, evaluationId).open(Instant.now(clock));
    }

    @Transactional
    public void close(long programmeId, long evaluationId) {
        get(programmeId, evaluationId).close(Instant.now(clock));
    }

    // ---- answering (a leader who takes part) ----

    /**
     * The evaluation as the person sees it. "Not found" unless they take part in its programme as a participant and
     * it has been opened; {@link EvaluationClosedException} once it has closed.
     */
    public LeaderEvaluation forRespondent(long personId, long evaluationId) {
        Evaluation evaluation = answerable(personId, evaluationId);
        Programme programme =
                programmes.find(evaluation.getProgrammeId()).orElseThrow(() -> new NotFoundException("Programme", 0));
        Answer own =
                answers.findByKey(evaluationId, keys.of(evaluationId, personId)).orElse(null);
        return new LeaderEvaluation(evaluation, programme.getName(), subjectOf(evaluation), own != null, own);
    }

    /**
     * Checks what a respondent typed against the evaluation's questions: the errors by field name (message keys), or
     * none and the answer to save.
     */
    public CheckedAnswer check(Evaluation evaluation, AnswerInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer score = scale(input.score());
        if (isBlank(input.score())) {
            errors.put("score", "evaluation.answer.score.required");
        } else if (score == null) {
            errors.put("score", "evaluation.answer.score.range");
        }
        String wentWell = text(input.wentWell(), "wentWell", errors);
        String couldBeBetter = text(input.couldBeBetter(), "couldBeBetter", errors);
        Map<Long, Answer.Item> items = new LinkedHashMap<>();
        for (EvaluationQuestion question : evaluation.getQuestions()) {
            String field = "extra[" + question.getId() + "]";
            String value = input.extra().get(question.getId());
            if (isBlank(value)) {
                if (question.isRequired()) {
                    errors.put(field, "evaluation.answer.extra.required");
                }
                continue;
            }
            if (question.getKind() == QuestionKind.SCALE) {
                Integer extraScore = scale(value);
                if (extraScore == null) {
                    errors.put(field, "evaluation.answer.score.range");
                } else {
                    items.put(question.getId(), new Answer.Item(extraScore, null));
                }
            } else {
                String extraText = text(value, field, errors);
                if (extraText != null) {
                    items.put(question.getId(), new Answer.Item(null, extraText));
                }
            }
        }
        if (!errors.isEmpty()) {
            return new CheckedAnswer(null, errors);
        }
        return new CheckedAnswer(new Answer(null, score, wentWell, couldBeBetter, Map.copyOf(items)), Map.of());
    }

    /** What {@link #check} found: an answer, or the errors by field. */
    public record CheckedAnswer(Answer answer, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * Saves the person's answer, replacing their earlier one. The same rules as {@link #forRespondent}, checked again
     * under a lock so that the evaluation cannot close halfway; invalid input saves nothing.
     */
    @Transactional
    public void answer(long personId, long evaluationId, AnswerInput input) {
        Evaluation evaluation = answerable(personId, evaluationId);
        EvaluationStatus status = answers.lockStatus(evaluationId).orElseThrow();
        if (status != EvaluationStatus.OPEN) {
            throw new EvaluationClosedException(evaluation);
        }
        CheckedAnswer checked = check(evaluation, input);
        if (!checked.valid()) {
            throw new IllegalArgumentException("Invalid answer: " + checked.errors());
        }
        answers.save(
                evaluationId,
                keys.of(evaluationId, personId),
                evaluation.isAnonymous() ? null : personId,
                personId,
                checked.answer());
    }

    private Evaluation answerable(long personId, long evaluationId) {
        Evaluation evaluation = evaluations
                .findWithQuestions(evaluationId)
                .filter(found -> !found.isDraft())
                .orElseThrow(() -> new NotFoundException("Evaluation", evaluationId));
        if (!enrolments.programmesAsParticipant(personId).contains(evaluation.getProgrammeId())) {
            throw new NotFoundException("Evaluation", evaluationId);
        }
        if (evaluation.isClosed()) {
            throw new EvaluationClosedException(evaluation);
        }
        return evaluation;
    }

    /**
     * The open evaluations of the programmes the person takes part in as a participant, answered or not: one plain
     * statement with their programme and gathering, and a second for which are answered when any is open. The start
     * page asks it for everyone; through Hibernate it took that statement and one more per programme.
     */
    public List<OpenEvaluation> openFor(long personId) {
        return openFor(personId, ReadBatch.immediate(template)).get();
    }

    /** {@link #openFor(long)} as reads of a page's batch: the second, when any is open, in a second round trip. */
    public Deferred<List<OpenEvaluation>> openFor(long personId, ReadBatch reads) {
        Deferred<List<OpenEvaluation>> open = reads.query("""
                select e.id, p.name, g.id as gathering_id, g.number, g.title, g.start_date
                  from evaluation e
                  join programme p on p.id = e.programme_id
                  left join gathering g on g.id = e.gathering_id
                 where e.status = 'OPEN'
                   and e.programme_id in (
                       select pa.programme_id from participation pa
                         join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'
                        where pa.person_id = :person and pa.left_on is null)
                 order by e.programme_id, e.gathering_id nulls last
                """, Map.of("person", personId), (row, i) -> {
            long gatheringId = row.getLong("gathering_id");
            Subject subject = row.wasNull()
                    ? Subject.PROGRAMME
                    : new Subject(
                            gatheringId,
                            row.getInt("number"),
                            row.getString("title"),
                            row.getObject("start_date", LocalDate.class));
            return new OpenEvaluation(row.getLong("id"), row.getString("name"), subject, false);
        });
        return reads.after(
                open,
                found -> answers.answeredBy(
                                personId,
                                found.stream().map(OpenEvaluation::evaluationId).toList(),
                                reads)
                        .map(ids -> {
                            Set<Long> answered = new HashSet<>(ids);
                            return found.stream()
                                    .map(evaluation ->
                                            evaluation.answered(answered.contains(evaluation.evaluationId())))
                                    .toList();
                        }));
    }

    // ---- results (the programme's staff) ----

    /** Every gathering of the programme with its evaluation, if any, and the programme-level one last. */
    public List<OverviewLine> overview(long programmeId) {
        List<Evaluation> all = evaluations.findByProgramme(programmeId);
        Map<Long, Evaluation> byGathering = all.stream()
                .filter(evaluation -> !evaluation.isProgrammeLevel())
                .collect(Collectors.toMap(Evaluation::getGatheringId, Function.identity()));
        Set<Long> participants = participantIds(programmeId);
        Map<Long, List<Long>> respondents =
                answers.respondents(all.stream().map(Evaluation::getId).toList());
        List<OverviewLine> lines = new ArrayList<>();
        for (Gathering gathering : gatherings.of(programmeId)) {
            Evaluation evaluation = byGathering.get(gathering.getId());
            lines.add(new OverviewLine(
                    subject(gathering),
                    evaluation,
                    answeredOf(evaluation, respondents, participants),
                    participants.size()));
        }
        Evaluation programmeLevel =
                all.stream().filter(Evaluation::isProgrammeLevel).findFirst().orElse(null);
        lines.add(new OverviewLine(
                Subject.PROGRAMME,
                programmeLevel,
                answeredOf(programmeLevel, respondents, participants),
                participants.size()));
        return lines;
    }

    /**
     * The results as one viewer may see them; {@code withNames} asks for the names of a non-anonymous evaluation's
     * respondents (the programme's managers). Hidden, with counts only, for an anonymous evaluation with fewer than three
     * answers.
     */
    public EvaluationResults results(long programmeId, long evaluationId, boolean withNames) {
        Evaluation evaluation = get(programmeId, evaluationId);
        Subject subject = subjectOf(evaluation);
        Set<Long> participants = participantIds(programmeId);
        Map<Long, List<Long>> respondents = answers.respondents(List.of(evaluationId));
        long answeredParticipants = answeredOf(evaluation, respondents, participants);
        long count = answers.count(evaluationId);
        if (evaluation.isAnonymous() && count < Evaluation.MINIMUM_ANONYMOUS_ANSWERS) {
            return new EvaluationResults(
                    evaluation,
                    subject,
                    participants.size(),
                    answeredParticipants,
                    count,
                    true,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of());
        }
        List<Answer> all = answers.all(evaluationId);
        Map<Long, String> names = Map.of();
        if (withNames && !evaluation.isAnonymous()) {
            names = people
                    .getAll(all.stream()
                            .map(Answer::personId)
                            .filter(java.util.Objects::nonNull)
                            .collect(Collectors.toSet()))
                    .stream()
                    .collect(Collectors.toMap(Person::getId, Person::getFullName));
        }
        Map<Long, String> shown = names;
        List<EvaluationResults.Row> rows = all.stream()
                .map(answer -> new EvaluationResults.Row(
                        answer.personId() == null ? null : shown.get(answer.personId()), answer))
                .sorted(shown.isEmpty() ? (a, b) -> 0 : Comparator.comparing(EvaluationResults.Row::name, NAMES))
                .toList();
        List<EvaluationResults.QuestionResult> questions = new ArrayList<>();
        for (EvaluationQuestion question : evaluation.getQuestions()) {
            List<Integer> scores = new ArrayList<>();
            List<EvaluationResults.Entry> texts = new ArrayList<>();
            for (EvaluationResults.Row row : rows) {
                Answer.Item item = row.answer().item(question.getId());
                if (item != null && item.score() != null) {
                    scores.add(item.score());
                }
                if (item != null && item.text() != null) {
                    texts.add(new EvaluationResults.Entry(row.name(), item.text()));
                }
            }
            questions.add(new EvaluationResults.QuestionResult(
                    question, question.getKind() == QuestionKind.SCALE ? ScoreSummary.of(scores) : null, texts));
        }
        return new EvaluationResults(
                evaluation,
                subject,
                participants.size(),
                answeredParticipants,
                count,
                false,
                ScoreSummary.of(rows.stream().map(row -> row.answer().score()).toList()),
                entries(rows, Answer::wentWell),
                entries(rows, Answer::couldBeBetter),
                questions,
                rows);
    }

    /**
     * The active participants who have not answered, by name: only who, never what. A page of them for the
     * coordinator's reminders.
     */
    public Page<ParticipantRow> missing(long programmeId, long evaluationId, Pageable pageable) {
        get(programmeId, evaluationId);
        Set<Long> answered =
                new HashSet<>(answers.respondents(List.of(evaluationId)).getOrDefault(evaluationId, List.of()));
        List<ParticipantRow> missing = participants(programmeId).stream()
                .filter(row -> !answered.contains(row.personId()))
                .sorted(Comparator.comparing(ParticipantRow::fullName, NAMES).thenComparing(ParticipantRow::personId))
                .toList();
        return ListPages.of(missing, pageable);
    }

    private static List<EvaluationResults.Entry> entries(
            List<EvaluationResults.Row> rows, Function<Answer, String> text) {
        return rows.stream()
                .filter(row -> text.apply(row.answer()) != null)
                .map(row -> new EvaluationResults.Entry(row.name(), text.apply(row.answer())))
                .toList();
    }

    private static long answeredOf(Evaluation evaluation, Map<Long, List<Long>> respondents, Set<Long> participants) {
        if (evaluation == null) {
            return 0;
        }
        return respondents.getOrDefault(evaluation.getId(), List.of()).stream()
                .filter(participants::contains)
                .count();
    }

    /** The active participants (the participant role, not left), in two queries. */
    private List<ParticipantRow> participants(long programmeId) {
        return enrolments.participants(programmeId, null, false, Pageable.unpaged()).stream()
                .filter(row -> row.roles().contains(ParticipationRole.PARTICIPANT))
                .toList();
    }

    private Set<Long> participantIds(long programmeId) {
        return participants(programmeId).stream().map(ParticipantRow::personId).collect(Collectors.toSet());
    }

    private static Subject subject(Gathering gathering) {
        return new Subject(gathering.getId(), gathering.getNumber(), gathering.getTitle(), gathering.getStartDate());
    }

    private static Integer scale(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (!trimmed.matches("[1-5]")) {
            return null;
        }
        return Integer.parseInt(trimmed);
    }

    private static String text(String value, String field, Map<String, String> errors) {
        if (isBlank(value)) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > TEXT_MAX) {
            errors.put(field, "evaluation.answer.text.tooLong");
            return null;
        }
        return stripped;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
