package no.samla.evaluation.web;

import jakarta.validation.constraints.NotNull;
import no.samla.evaluation.Evaluation;

/** The settings of a draft evaluation: whether it is anonymous. */
record SettingsForm(Boolean anonymous, @NotNull Long version) {

    static SettingsForm of(Evaluation evaluation) {
        return new SettingsForm(evaluation.isAnonymous(), evaluation.getVersion());
    }
}
