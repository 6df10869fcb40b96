package no.samla.platform.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The labels of the platform's print page and PDF in the language of the municipality it is for, not the reader's:
 * the printed platform is the municipality's own document.
 */
@Component("platformTexts")
class PlatformTexts {

    private final MessageSource messages;

    PlatformTexts(MessageSource messages) {
        this.messages = messages;
    }

    In in(Locale locale) {
        return new In(locale);
    }

    /** Labels in one language; templates call {@code texts.get('key')}. */
    final class In {
        private final Locale locale;

        private In(Locale locale) {
            this.locale = locale;
        }

        public String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
        }

        public String language() {
            return locale.toLanguageTag();
        }
    }
}
