package no.samla.survey.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import no.samla.people.SamlaUser;
import no.samla.survey.AlreadyAnsweredException;
import no.samla.survey.LeaderRound;
import no.samla.survey.RoundClosedException;
import no.samla.survey.Surveys;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A leader's surveys: the rounds of their programmes, answering an open round once, and their own answers and change.
 * Outside {@code /programmes/**}: only the programme's participants find a round (404 for everyone else); a round
 * that is not open says so with a 403, and a second answer set with a 409.
 */
@Controller
class SurveyAnswerController {

    private final Surveys surveys;

    SurveyAnswerController(Surveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/surveys")
    String list(@AuthenticationPrincipal SamlaUser user, Model model) {
        model.addAttribute("rounds", surveys.roundsFor(user.personId()));
        model.addAttribute(
                "openIds",
                surveys.openFor(user.personId()).stream()
                        .map(round -> round.round().getId())
                        .collect(java.util.stream.Collectors.toSet()));
        return "survey/mine-list";
    }

    @GetMapping("/surveys/rounds/{roundId}")
    String show(@AuthenticationPrincipal SamlaUser user, @PathVariable long roundId, Model model) {
        LeaderRound round = surveys.forRespondent(user.personId(), roundId);
        model.addAttribute("form", new AnswerForm());
        return view(model, round);
    }

    @PostMapping("/surveys/rounds/{roundId}")
    String answer(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long roundId,
            @ModelAttribute("form") AnswerForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        // Who may answer first, then what they typed.
        LeaderRound round = surveys.forRespondent(user.personId(), roundId);
        if (round.answered()) {
            throw new AlreadyAnsweredException(roundId);
        }
        Map<String, String> errors = surveys.check(round.survey(), form.getAnswers());
        if (!errors.isEmpty()) {
            errors.forEach((field, key) -> result.rejectValue(field, key));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return view(model, round);
        }
        surveys.answer(user.personId(), roundId, form.getAnswers());
        redirect.addFlashAttribute("flash", "survey.answer.saved");
        return "redirect:/surveys/" + round.survey().getId() + "/mine";
    }

    @GetMapping("/surveys/{surveyId}/mine")
    String mine(@AuthenticationPrincipal SamlaUser user, @PathVariable long surveyId, Model model) {
        model.addAttribute("own", surveys.own(user.personId(), surveyId));
        return "survey/mine";
    }

    @ExceptionHandler(RoundClosedException.class)
    String closed(RoundClosedException closed, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("round", closed.round());
        return "survey/closed";
    }

    @ExceptionHandler(AlreadyAnsweredException.class)
    String answeredAlready(HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        return "survey/answered";
    }

    private String view(Model model, LeaderRound round) {
        model.addAttribute("leaderRound", round);
        model.addAttribute("survey", round.survey());
        model.addAttribute("scores", SurveyController.scale());
        model.addAttribute("textMax", Surveys.TEXT_MAX);
        model.addAttribute("minimum", no.samla.survey.SurveyResults.MINIMUM);
        return "survey/answer";
    }
}
