package no.samla.evaluation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samla.evaluation.Evaluation;
import no.samla.report.ReportContributor;
import no.samla.report.ReportScope;
import no.samla.report.ReportSection;
import no.samla.report.ReportTable;
import no.samla.report.ReportTexts;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathering evaluations and the programme evaluation in the report: per opened evaluation how many answered and the
 * mean of each scale question, the means only where at least {@value Evaluation#MINIMUM_ANONYMOUS_ANSWERS} answered.
 * Never any free text. In a municipality's report the number who answered counts that municipality's participants,
 * while the means are the whole programme's: anonymous answers are not linked to anyone, so they cannot be split by
 * municipality. Two statements.
 */
@Component
@Transactional(readOnly = true)
class EvaluationReport implements ReportContributor {

    private static final String EVALUATIONS = "with " + ReportScope.PARTICIPANTS + """
            select e.id, g.number, g.title, e.status,
                   (select count(*) from evaluation_answer an where an.evaluation_id = e.id) as answers,
                   (select avg(an.score) from evaluation_answer an where an.evaluation_id = e.id) as mean,
                   (select count(*) from evaluation_respondent er
                    where er.evaluation_id = e.id and er.person_id in (select person_id from scoped)) as answered,
                   (select count(*) from scoped) as participants
            from evaluation e
            left join gathering g on g.id = e.gathering_id
            where e.programme_id = :programme and e.status <> 'DRAFT'
            order by e.gathering_id is null, g.number
            """;

    private static final String SCALE_QUESTIONS = """
            select q.evaluation_id, q.text, count(i.score) as answers, avg(i.score) as mean
            from evaluation_question q
            join evaluation e on e.id = q.evaluation_id
            left join evaluation_answer_item i on i.question_id = q.id
            where e.programme_id = :programme and e.status <> 'DRAFT' and q.kind = 'SCALE'
            group by q.id
            order by q.evaluation_id, q.position
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;

    EvaluationReport(NamedParameterJdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 30;
    }

    private record Line(
            long id,
            Integer number,
            String title,
            String status,
            long answers,
            Double mean,
            long answered,
            long participants) {

        boolean enough() {
            return answers >= Evaluation.MINIMUM_ANONYMOUS_ANSWERS;
        }
    }

    private record Question(long evaluationId, String text, long answers, Double mean) {}

    @Override
    public Optional<ReportSection> section(ReportScope scope, Locale locale) {
        List<Line> lines = jdbc.query(
                EVALUATIONS,
                scope.parameters(),
                (rs, row) -> new Line(
                        rs.getLong("id"),
                        (Integer) rs.getObject("number"),
                        rs.getString("title"),
                        rs.getString("status"),
                        rs.getLong("answers"),
                        rs.getObject("mean") == null ? null : rs.getDouble("mean"),
                        rs.getLong("answered"),
                        rs.getLong("participants")));
        ReportTexts text = ReportTexts.of(messages, locale);
        String heading = text.get("evaluation.report.heading");
        if (lines.isEmpty()) {
            return Optional.of(new ReportSection(heading, List.of(text.get("evaluation.report.none")), List.of()));
        }
        Map<Long, List<Question>> questions = jdbc
                .query(
                        SCALE_QUESTIONS,
                        scope.parameters(),
                        (rs, row) -> new Question(
                                rs.getLong("evaluation_id"),
                                rs.getString("text"),
                                rs.getLong("answers"),
                                rs.getObject("mean") == null ? null : rs.getDouble("mean")))
                .stream()
                .collect(Collectors.groupingBy(Question::evaluationId));
        String tooFew = text.get("evaluation.report.tooFew");
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> questionRows = new ArrayList<>();
        for (Line line : lines) {
            String subject = line.number() == null
                    ? text.get("evaluation.report.programme")
                    : text.get("evaluation.report.gathering", line.number(), line.title());
            rows.add(List.of(
                    subject,
                    text.get("evaluation.report.status." + line.status()),
                    text.count(line.answered()),
                    text.count(line.participants()),
                    text.percent(line.answered(), line.participants()),
                    line.enough() ? text.mean(line.mean()) : tooFew));
            for (Question question : questions.getOrDefault(line.id(), List.of())) {
                boolean shown = line.enough() && question.answers() >= Evaluation.MINIMUM_ANONYMOUS_ANSWERS;
                questionRows.add(List.of(
                        subject,
                        question.text(),
                        shown ? text.count(question.answers()) : tooFew,
                        shown ? text.mean(question.mean()) : tooFew));
            }
        }
        long withResults = lines.stream().filter(Line::enough).count();
        List<String> summary = new ArrayList<>();
        summary.add(text.get(
                "evaluation.report.summary",
                text.count(lines.size()),
                text.count(withResults),
                Evaluation.MINIMUM_ANONYMOUS_ANSWERS));
        if (!scope.wholeProgramme()) {
            summary.add(text.get("evaluation.report.municipality"));
        }
        List<ReportTable> tables = new ArrayList<>();
        tables.add(new ReportTable(
                text.get("evaluation.report.caption"),
                List.of(
                        text.get("evaluation.report.column.evaluation"),
                        text.get("evaluation.report.column.status"),
                        text.get("evaluation.report.column.answered"),
                        text.get("evaluation.report.column.participants"),
                        text.get("evaluation.report.column.rate"),
                        text.get("evaluation.report.column.mean")),
                rows));
        if (!questionRows.isEmpty()) {
            tables.add(new ReportTable(
                    text.get("evaluation.report.questions.caption"),
                    List.of(
                            text.get("evaluation.report.column.evaluation"),
                            text.get("evaluation.report.column.question"),
                            text.get("evaluation.report.column.answers"),
                            text.get("evaluation.report.column.questionMean")),
                    questionRows));
        }
        return Optional.of(new ReportSection(heading, summary, tables));
    }
}
