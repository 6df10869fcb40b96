package no.samla.evaluation.web;

import no.samla.evaluation.Subject;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What an evaluation is about, in the reader's language; used in templates as {@code @evaluationSubjects}. */
@Component("evaluationSubjects")
public class SubjectNames {

    private final MessageSource messages;

    SubjectNames(MessageSource messages) {
        this.messages = messages;
    }

    public String name(Subject subject) {
        return subject.isProgramme()
                ? messages.getMessage("evaluation.subject.programme", null, LocaleContextHolder.getLocale())
                : messages.getMessage(
                        "evaluation.subject.gathering",
                        new Object[] {subject.number(), subject.title()},
                        LocaleContextHolder.getLocale());
    }
}
