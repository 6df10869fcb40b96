package no.samla.report;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The texts of a report section in one language, from the application's message bundles. */
public final class ReportTexts {

    private final MessageSource messages;
    private final Locale locale;

    private ReportTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public static ReportTexts of(MessageSource messages, Locale locale) {
        return new ReportTexts(messages, locale);
    }

    public String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    public Locale locale() {
        return locale;
    }

    public String count(long value) {
        return ReportNumbers.count(value, locale);
    }

    public String percent(long part, long whole) {
        return ReportNumbers.percent(part, whole, locale);
    }

    public String mean(Double value) {
        return ReportNumbers.mean(value, locale);
    }
}
