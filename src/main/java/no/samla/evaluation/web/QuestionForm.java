package no.samla.evaluation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.samla.evaluation.Evaluations;
import no.samla.evaluation.QuestionKind;

/** An extra question as its form shows it. */
record QuestionForm(
        @NotNull QuestionKind kind,
        @NotBlank @Size(max = Evaluations.QUESTION_MAX) String text,
        Boolean required) {

    static QuestionForm empty() {
        return new QuestionForm(QuestionKind.SCALE, "", false);
    }
}
