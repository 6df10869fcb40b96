package no.samla.survey;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import no.samla.system.web.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The names and numbers of survey results as people read them, for the pages (as {@code @surveyTexts}), the CSV file
 * and the report: a group, a round, a change, a mean and an interval.
 */
@Component("surveyTexts")
public class SurveyTexts {

    private final MessageSource messages;
    private final Dates dates;

    SurveyTexts(MessageSource messages, Dates dates) {
        this.messages = messages;
        this.dates = dates;
    }

    public String group(SurveyResults.Group group, Locale locale) {
        return group.wholeProgramme() ? message("survey.results.wholeProgramme", locale) : group.municipalityName();
    }

    public String round(SurveyRound round, Locale locale) {
        return round(round.getKind(), round.getOpensOn(), round.getClosesOn(), locale);
    }

    public String round(OpenRound round, Locale locale) {
        return round(round.kind(), round.opensOn(), round.closesOn(), locale);
    }

    private String round(RoundKind kind, LocalDate opensOn, LocalDate closesOn, Locale locale) {
        return message(
                "survey.round.name",
                locale,
                message("survey.round.kind." + kind, locale),
                dates.date(opensOn),
                dates.date(closesOn));
    }

    public String change(SurveyResults.Change change, Locale locale) {
        return message(
                "survey.results.changeName",
                locale,
                message("survey.round.kind." + change.before().getKind(), locale),
                message("survey.round.kind." + change.after().getKind(), locale));
    }

    /** A mean or difference with two decimals in the reader's language (a decimal comma in Norwegian). */
    public String number(double value, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nb"));
        symbols.setMinusSign('\u2212');
        return new DecimalFormat("0.00", symbols).format(value);
    }

    /** A change with its sign, e.g. +0,45. */
    public String signed(double value, Locale locale) {
        return (value > 0 ? "+" : "") + number(value, locale);
    }

    public String interval(SurveyStatistics.PairedInterval interval, Locale locale) {
        return message(
                "survey.results.interval", locale, number(interval.low(), locale), number(interval.high(), locale));
    }

    /** What a hidden figure says: too few answers, or hidden to protect a smaller group. */
    public String hidden(boolean secondary, Locale locale) {
        return secondary
                ? message("survey.results.hiddenSecondary", locale)
                : message("survey.results.hidden", locale, SurveyResults.MINIMUM);
    }

    /** One sentence on a factor's change, for the text summary of the page and the report. */
    public String changeSentence(SurveyResults.FactorChange factor, Locale locale) {
        if (factor.hidden()) {
            return factor.factor() + ": " + hidden(factor.secondary(), locale) + ".";
        }
        SurveyStatistics.PairedInterval interval = factor.interval();
        String direction = interval.low() > 0 ? "up" : interval.high() < 0 ? "down" : "unclear";
        return message(
                "survey.results.change.sentence." + direction,
                locale,
                factor.factor(),
                number(factor.beforeMean(), locale),
                number(factor.afterMean(), locale),
                signed(interval.meanDifference(), locale),
                interval(interval, locale),
                interval.n());
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
