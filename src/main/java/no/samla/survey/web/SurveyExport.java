package no.samla.survey.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.samla.survey.SurveyResults;
import no.samla.survey.SurveyTexts;
import no.samla.system.web.CsvFile;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A survey's aggregated results as CSV for Excel as set up in Norway (UTF-8 with a byte order mark, {@code ;} between
 * fields, a decimal comma). It holds exactly what the results page shows: a hidden group is one line that says so.
 */
@Component
class SurveyExport {

    private final MessageSource messages;
    private final SurveyTexts texts;

    SurveyExport(MessageSource messages, SurveyTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    byte[] csv(SurveyResults results, Locale locale) {
        CsvFile out = new CsvFile();
        out.line(List.of(results.survey().getTitle()));
        out.line(List.of(message("survey.results.method", locale)));
        out.emptyLine();
        out.line(List.of(
                message("survey.export.group", locale),
                message("survey.export.round", locale),
                message("survey.export.factor", locale),
                message("survey.results.n", locale),
                message("survey.results.mean", locale),
                "1",
                "2",
                "3",
                "4",
                "5"));
        for (SurveyResults.Group group : results.groups()) {
            String name = texts.group(group, locale);
            for (SurveyResults.RoundGroup round : group.rounds()) {
                String roundName = texts.round(round.round(), locale);
                if (round.hidden()) {
                    out.line(List.of(name, roundName, texts.hidden(round.secondary(), locale)));
                    continue;
                }
                for (SurveyResults.FactorRound factor : round.factors()) {
                    List<String> cells = new ArrayList<>(List.of(name, roundName, factor.factor()));
                    if (factor.hidden()) {
                        cells.add(texts.hidden(factor.secondary(), locale));
                    } else {
                        cells.add(factor.respondents().toString());
                        cells.add(decimal(factor.mean()));
                        factor.counts().forEach(count -> cells.add(count.toString()));
                    }
                    out.line(cells);
                }
            }
        }
        out.emptyLine();
        out.line(List.of(
                message("survey.export.group", locale),
                message("survey.export.change", locale),
                message("survey.export.factor", locale),
                message("survey.results.pairs", locale),
                message("survey.results.before", locale),
                message("survey.results.after", locale),
                message("survey.results.difference", locale),
                message("survey.results.low", locale),
                message("survey.results.high", locale)));
        for (SurveyResults.Group group : results.groups()) {
            String name = texts.group(group, locale);
            for (SurveyResults.Change change : group.changes()) {
                String changeName = texts.change(change, locale);
                for (SurveyResults.FactorChange factor : change.factors()) {
                    List<String> cells = new ArrayList<>(List.of(name, changeName, factor.factor()));
                    if (factor.hidden()) {
                        cells.add(texts.hidden(factor.secondary(), locale));
                    } else {
                        cells.add(Integer.toString(factor.interval().n()));
                        cells.add(decimal(factor.beforeMean()));
                        cells.add(decimal(factor.afterMean()));
                        cells.add(decimal(factor.interval().meanDifference()));
                        cells.add(decimal(factor.interval().low()));
                        cells.add(decimal(factor.interval().high()));
                    }
                    out.line(cells);
                }
            }
        }
        return out.bytes();
    }

    /** Two decimals with a comma, as Excel in Norway reads numbers. */
    static String decimal(double value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        return new DecimalFormat("0.00", symbols).format(value);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
