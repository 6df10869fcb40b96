package no.samla.innovation.method.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.samla.innovation.method.Journey;
import no.samla.innovation.method.JourneyStep;
import org.springframework.validation.BindingResult;

/** One step of a user journey: what the user does, how they feel (1 to 5) and pain points; and the journey version. */
record JourneyStepForm(
        @NotBlank @Size(max = 2000) String action,
        @NotNull Integer feeling,
        @Size(max = 2000) String painPoints,
        @NotNull Long version) {

    static JourneyStepForm empty(Journey journey) {
        return new JourneyStepForm("", null, "", journey.getVersion());
    }

    static JourneyStepForm of(Journey journey, JourneyStep step) {
        return new JourneyStepForm(step.getAction(), step.getFeeling(), step.getPainPoints(), journey.getVersion());
    }

    /** A feeling off the scale is refused next to the scale. */
    void checkRules(BindingResult result) {
        if (feeling != null && (feeling < JourneyStep.WORST || feeling > JourneyStep.BEST)) {
            result.rejectValue("feeling", "method.step.feeling.range");
        }
    }

    JourneyStep.Data data() {
        return new JourneyStep.Data(action, feeling, painPoints);
    }
}
