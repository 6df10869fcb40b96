package no.samla.survey.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.samla.survey.QuestionKind;
import no.samla.survey.RoundKind;
import no.samla.survey.Survey;
import no.samla.survey.SurveyQuestion;
import no.samla.survey.Surveys;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the survey builder. */
final class SurveyForms {

    private SurveyForms() {}

    record DescribeForm(
            @NotBlank @Size(max = 200) String title,
            @Size(max = Surveys.TEXT_MAX) String introduction,
            @NotNull Long version) {

        static DescribeForm of(Survey survey) {
            return new DescribeForm(survey.getTitle(), survey.getIntroduction(), survey.getVersion());
        }
    }

    record FactorForm(@NotBlank @Size(max = 200) String name) {

        static FactorForm empty() {
            return new FactorForm("");
        }
    }

    record QuestionForm(
            @NotNull QuestionKind kind,
            @NotBlank @Size(max = 300) String text,
            Long factorId,
            Boolean required) {

        static QuestionForm empty() {
            return new QuestionForm(QuestionKind.SCALE, "", null, true);
        }
    }

    /** A question's new wording; the kind stays, so a free-text question sends no factor. */
    record QuestionChangeForm(@NotBlank @Size(max = 300) String text, Long factorId, Boolean required) {

        static QuestionChangeForm of(SurveyQuestion question) {
            return new QuestionChangeForm(question.getText(), question.getFactorId(), question.isRequired());
        }
    }

    record RoundForm(
            @NotNull RoundKind roundKind,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate opensOn,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate closesOn) {

        static RoundForm empty() {
            return new RoundForm(RoundKind.BEFORE, null, null);
        }
    }
}
