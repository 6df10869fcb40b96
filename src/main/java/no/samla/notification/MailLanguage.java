package no.samla.notification;

import java.util.Locale;

/** The languages a person can receive mail in. */
public enum MailLanguage {
    nb,
    nn,
    en;

    public Locale locale() {
        return Locale.forLanguageTag(name());
    }

    /** The language for a stored code; bokmål for anything unknown. */
    public static MailLanguage of(String code) {
        for (MailLanguage language : values()) {
            if (language.name().equals(code)) {
                return language;
            }
        }
        return nb;
    }
}
