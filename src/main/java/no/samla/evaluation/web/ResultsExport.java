package no.samla.evaluation.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.samla.evaluation.Answer;
import no.samla.evaluation.EvaluationQuestion;
import no.samla.evaluation.EvaluationResults;
import no.samla.evaluation.QuestionKind;
import no.samla.system.web.CsvFile;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An evaluation's results as files: CSV for Excel as set up in Norway (UTF-8 with a byte order mark, {@code ;} between
 * fields, a decimal comma) and XLSX. Both hold exactly what the results page shows: nothing but the counts of a hidden
 * anonymous evaluation, and names only where the page has them.
 */
@Component
class ResultsExport {

    private final MessageSource messages;

    ResultsExport(MessageSource messages) {
        this.messages = messages;
    }

    byte[] csv(EvaluationResults results, Locale locale) {
        CsvFile file = new CsvFile();
        summary(results, locale).forEach(file::line);
        if (!results.hidden()) {
            file.emptyLine().line(header(results, locale));
            for (EvaluationResults.Row row : results.rows()) {
                file.line(cells(results, row).stream().map(ResultsExport::text).toList());
            }
        }
        return file.bytes();
    }

    void xlsx(EvaluationResults results, Locale locale, OutputStream target) throws IOException {
        Workbook workbook = new Workbook(target, "Samla", "1.0");
        Worksheet summary = workbook.newWorksheet(message("evaluation.export.sheet.summary", locale));
        List<List<String>> lines = summary(results, locale);
        for (int r = 0; r < lines.size(); r++) {
            for (int c = 0; c < lines.get(r).size(); c++) {
                summary.value(r, c, lines.get(r).get(c));
            }
        }
        if (!results.hidden()) {
            int r = lines.size() + 1;
            summary.value(r, 0, message("evaluation.results.distribution", locale));
            for (int score = 1; score <= 5; score++) {
                summary.value(r + score, 0, score);
                summary.value(r + score, 1, results.score().count(score));
            }
            Worksheet answers = workbook.newWorksheet(message("evaluation.export.sheet.answers", locale));
            List<String> header = header(results, locale);
            for (int c = 0; c < header.size(); c++) {
                answers.value(0, c, header.get(c));
                answers.style(0, c).bold().set();
            }
            for (int i = 0; i < results.rows().size(); i++) {
                List<Object> cells = cells(results, results.rows().get(i));
                for (int c = 0; c < cells.size(); c++) {
                    Object cell = cells.get(c);
                    if (cell instanceof Integer number) {
                        answers.value(i + 1, c, number);
                    } else if (cell != null) {
                        answers.value(i + 1, c, cell.toString());
                    }
                }
            }
        }
        workbook.finish();
    }

    /** Key and value lines: what, how many answered, and (unless hidden) the mean. */
    private List<List<String>> summary(EvaluationResults results, Locale locale) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(
                message("evaluation.export.subject", locale),
                results.subject().isProgramme()
                        ? message("evaluation.subject.programme", locale)
                        : message(
                                "evaluation.subject.gathering",
                                locale,
                                results.subject().number(),
                                results.subject().title())));
        lines.add(List.of(message("evaluation.export.answers", locale), results.answers() + ""));
        lines.add(List.of(message("evaluation.export.participants", locale), results.participants() + ""));
        lines.add(List.of(
                message("evaluation.export.responseRate", locale),
                results.responseRate() == null ? "" : results.responseRate() + " %"));
        if (results.hidden()) {
            lines.add(List.of(message("evaluation.results.hidden", locale, results.minimum())));
        } else {
            lines.add(List.of(
                    message("evaluation.export.mean", locale),
                    decimal(results.score().mean())));
        }
        return lines;
    }

    private List<String> header(EvaluationResults results, Locale locale) {
        List<String> header = new ArrayList<>();
        if (results.showsNames()) {
            header.add(message("evaluation.export.name", locale));
        }
        header.add(message("evaluation.score", locale));
        header.add(message("evaluation.wentWell", locale));
        header.add(message("evaluation.couldBeBetter", locale));
        results.evaluation().getQuestions().forEach(question -> header.add(question.getText()));
        return header;
    }

    private static List<Object> cells(EvaluationResults results, EvaluationResults.Row row) {
        List<Object> cells = new ArrayList<>();
        if (results.showsNames()) {
            cells.add(row.name());
        }
        Answer answer = row.answer();
        cells.add(answer.score());
        cells.add(answer.wentWell());
        cells.add(answer.couldBeBetter());
        for (EvaluationQuestion question : results.evaluation().getQuestions()) {
            Answer.Item item = answer.item(question.getId());
            cells.add(item == null ? null : question.getKind() == QuestionKind.SCALE ? item.score() : item.text());
        }
        return cells;
    }

    private static String text(Object cell) {
        return cell == null ? "" : cell.toString();
    }

    /** One decimal with a comma, as Excel in Norway reads numbers. */
    static String decimal(Double value) {
        return value == null ? "" : CsvFile.decimal(value);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
