package no.samla.innovation.method.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import no.samla.innovation.method.WhyAnalysis;
import org.springframework.validation.BindingResult;

/**
 * A five whys analysis: the problem, up to {@link WhyAnalysis#MAX_WHYS} answers to "why?" filled from the first with
 * no gaps, and the root cause.
 */
record WhyForm(
        @NotBlank @Size(max = 2000) String problem,
        List<@Size(max = 1000) String> whys,
        @Size(max = 2000) String rootCause,
        @NotNull Long version) {

    static WhyForm empty() {
        return new WhyForm("", padded(List.of()), "", 0L);
    }

    static WhyForm of(WhyAnalysis analysis) {
        return new WhyForm(
                analysis.getProblem(), padded(analysis.getAnswers()), analysis.getRootCause(), analysis.getVersion());
    }

    /** The form always shows every place, so it keeps the whys as typed, blanks included. */
    WhyForm {
        whys = padded(whys == null ? List.of() : whys);
    }

    /** The first why must be there, and no why may follow an empty one. */
    void checkRules(BindingResult result) {
        if (isBlank(whys.get(0))) {
            result.rejectValue("whys[0]", "method.why.first");
        }
        for (int i = 1; i < whys.size(); i++) {
            if (!isBlank(whys.get(i)) && isBlank(whys.get(i - 1))) {
                result.rejectValue("whys[" + (i - 1) + "]", "method.why.gap");
            }
        }
    }

    WhyAnalysis.Data data() {
        return new WhyAnalysis.Data(problem, whys, rootCause);
    }

    private static List<String> padded(List<String> given) {
        List<String> all = new ArrayList<>(given.subList(0, Math.min(given.size(), WhyAnalysis.MAX_WHYS)));
        while (all.size() < WhyAnalysis.MAX_WHYS) {
            all.add("");
        }
        return all;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
