package no.samla.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import no.samla.evaluation.AnswerInput;
import no.samla.evaluation.EvaluationClosedException;
import no.samla.evaluation.Evaluations;
import no.samla.evaluation.LeaderEvaluation;
import no.samla.people.SamlaUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A leader answers an evaluation, and changes the answer until it closes. Outside {@code /programmes/**}, which
 * leaders cannot open: only the programme's active participants find the evaluation at all (404 for everyone else),
 * and a closed one says so with a 403.
 */
@Controller
class AnswerController {

    private final Evaluations evaluations;

    AnswerController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/evaluations/{evaluationId}")
    String show(@AuthenticationPrincipal SamlaUser user, @PathVariable long evaluationId, Model model) {
        LeaderEvaluation evaluation = evaluations.forRespondent(user.personId(), evaluationId);
        AnswerForm form = evaluation.ownAnswer() == null
                ? new AnswerForm()
                : AnswerForm.of(AnswerInput.of(evaluation.ownAnswer()));
        model.addAttribute("form", form);
        return view(model, evaluation);
    }

    @PostMapping("/evaluations/{evaluationId}")
    String answer(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long evaluationId,
            @ModelAttribute("form") AnswerForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        // Who may answer first, then what they typed.
        LeaderEvaluation evaluation = evaluations.forRespondent(user.personId(), evaluationId);
        Evaluations.CheckedAnswer checked = evaluations.check(evaluation.evaluation(), form.toInput());
        if (!checked.valid()) {
            BindingResult errors = result.hasErrors() ? result : new BeanPropertyBindingResult(form, "form");
            checked.errors().forEach((field, key) -> errors.rejectValue(field, key));
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return view(model, evaluation);
        }
        evaluations.answer(user.personId(), evaluationId, form.toInput());
        redirect.addFlashAttribute(
                "flash", evaluation.answered() ? "evaluation.answer.changed" : "evaluation.answer.saved");
        return "redirect:/evaluations/" + evaluationId;
    }

    @ExceptionHandler(EvaluationClosedException.class)
    String closed(EvaluationClosedException closed, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("evaluation", closed.evaluation());
        return "evaluation/closed";
    }

    private String view(Model model, LeaderEvaluation evaluation) {
        model.addAttribute("leaderEvaluation", evaluation);
        model.addAttribute("evaluation", evaluation.evaluation());
        model.addAttribute("scores", java.util.List.of(1, 2, 3, 4, 5));
        model.addAttribute("textMax", Evaluations.TEXT_MAX);
        return "evaluation/answer";
    }
}
