package no.samla.survey.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.samla.report.ReportContributor;
import no.samla.report.ReportScope;
import no.samla.report.ReportSection;
import no.samla.report.ReportTable;
import no.samla.survey.SurveyResults;
import no.samla.survey.SurveyTexts;
import no.samla.survey.Surveys;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report's section on survey change: for every survey with a before round and a later one, per factor the mean
 * before and after of those who answered both, and the change with its 95 % interval, for the whole programme or one
 * municipality; a factor with fewer than three pairs says only that.
 */
@Component
class SurveyReport implements ReportContributor {

    private final Surveys surveys;
    private final SurveyTexts texts;
    private final MessageSource messages;

    SurveyReport(Surveys surveys, SurveyTexts texts, MessageSource messages) {
        this.surveys = surveys;
        this.texts = texts;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<ReportSection> section(ReportScope scope, Locale locale) {
        List<SurveyResults> measured = surveys.measuredResults(scope.programmeId(), scope.municipalityId());
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        List<String> summary = new ArrayList<>();
        summary.add(message("survey.results.method", locale));
        List<ReportTable> tables = new ArrayList<>();
        for (SurveyResults results : measured) {
            SurveyResults.Group group = results.groups().stream()
                    .filter(g -> scope.wholeProgramme()
                            ? g.wholeProgramme()
                            : scope.municipalityId().equals(g.municipalityId()))
                    .findFirst()
                    .orElse(null);
            if (group == null) {
                continue;
            }
            for (SurveyResults.Change change : group.changes()) {
                List<List<String>> rows = new ArrayList<>();
                for (SurveyResults.FactorChange factor : change.factors()) {
                    summary.add(texts.changeSentence(factor, locale));
                    rows.add(
                            factor.hidden()
                                    ? List.of(factor.factor(), texts.hidden(factor.secondary(), locale), "", "", "")
                                    : List.of(
                                            factor.factor(),
                                            texts.number(factor.beforeMean(), locale),
                                            texts.number(factor.afterMean(), locale),
                                            texts.signed(factor.interval().meanDifference(), locale)
                                                    + " "
                                                    + texts.interval(factor.interval(), locale),
                                            Integer.toString(factor.interval().n())));
                }
                tables.add(new ReportTable(
                        results.survey().getTitle() + ": " + texts.change(change, locale),
                        List.of(
                                message("survey.export.factor", locale),
                                message("survey.results.before", locale),
                                message("survey.results.after", locale),
                                message("survey.results.changeWithInterval", locale),
                                message("survey.results.pairs", locale)),
                        rows));
            }
        }
        if (tables.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportSection(message("survey.report.heading", locale), summary, tables));
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
