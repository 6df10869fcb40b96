package no.samla.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.evaluation.Evaluation;
import no.samla.evaluation.EvaluationResults;
import no.samla.evaluation.Evaluations;
import no.samla.evaluation.QuestionKind;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.system.web.FormSubmission;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A programme's evaluations as its staff see them. Its coordinators and the admin set them up, open and close them
 * and see who has not answered. An enrolled municipality's admin reads the overview and the results of the whole
 * programme (response rates, scores and free texts, never names, and nothing of an anonymous evaluation below three
 * answers) but not the list of who has not answered: that list is for the coordinator's reminders.
 */
@Controller
@RequestMapping("/programmes/{programmeId}/evaluations")
class EvaluationController {

    private final Evaluations evaluations;
    private final ProgrammeAccess access;
    private final ResultsExport export;
    private final AuditTrail audit;

    EvaluationController(Evaluations evaluations, ProgrammeAccess access, ResultsExport export, AuditTrail audit) {
        this.audit = audit;
        this.evaluations = evaluations;
        this.access = access;
        this.export = export;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal SamlaUser user, @PathVariable long programmeId, Model model) {
        Programme programme = access.view(user, programmeId);
        model.addAttribute("programme", programme);
        model.addAttribute("mayManage", access.canManage(user, programme));
        model.addAttribute("lines", evaluations.overview(programmeId));
        return "evaluation/overview";
    }

    /** Creates the evaluation of a gathering, or the programme-level one without {@code gatheringId}, as a draft. */
    @PostMapping
    String create(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @RequestParam(required = false) Long gatheringId) {
        access.manage(user, programmeId);
        Evaluation evaluation = gatheringId == null
                ? evaluations.createForProgramme(programmeId)
                : evaluations.createForGathering(programmeId, gatheringId);
        return "redirect:" + url(programmeId, evaluation.getId());
    }

    @GetMapping("/{evaluationId}")
    String setup(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long evaluationId,
            Model model) {
        Programme programme = access.manage(user, programmeId);
        Evaluation evaluation = evaluations.get(programmeId, evaluationId);
        model.addAttribute("settings", SettingsForm.of(evaluation));
        model.addAttribute("question", QuestionForm.empty());
        return setupView(model, programme, evaluation);
    }

    @PostMapping("/{evaluationId}")
    String saveSettings(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long evaluationId,
            @Valid @ModelAttribute("settings") SettingsForm settings,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = access.manage(user, programmeId);
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> evaluations.setAnonymous(
                        programmeId, evaluationId, settings.version(), Boolean.TRUE.equals(settings.anonymous())))) {
            redirect.addFlashAttribute("flash", "evaluation.settings.saved");
            return "redirect:" + url(programmeId, evaluationId);
        }
        model.addAttribute("question", QuestionForm.empty());
        return setupView(model, programme, evaluations.get(programmeId, evaluationId));
    }

    @PostMapping("/{evaluationId}/questions")
    String addQuestion(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long evaluationId,
            @Valid @ModelAttribute("question") QuestionForm question,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = access.manage(user, programmeId);
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> evaluations.addQuestion(
                        programmeId,
                        evaluationId,
                        question.kind(),
                        question.text(),
                        Boolean.TRUE.equals(question.required())))) {
            redirect.addFlashAttribute("flash", "evaluation.question.added");
            return "redirect:" + url(programmeId, evaluationId) + "#questions";
        }
        Evaluation evaluation = evaluations.get(programmeId, evaluationId);
        model.addAttribute("settings", SettingsForm.of(evaluation));
        return setupView(model, programme, evaluation);
    }

    @PostMapping("/{evaluationId}/questions/{questionId}/delete")
    String removeQuestion(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long evaluationId,
            @PathVariable long questionId,
            RedirectAttributes redirect) {
        access.manage(user, programmeId);
        if (!evaluations.get(programmeId, evaluationId).isDraft()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Only a draft's questions can be removed");
        }
        evaluations.removeQuestion(programmeId, evaluationId, questionId);
        redirect.addFlashAttribute("flash", "evaluation.question.removed");
        return "redirect:" + url(programmeId, evaluationId) + "#questions";
    }

    /** Opens (or reopens) and closes; {@code to} is OPEN or CLOSED. */
    @PostMapping("/{evaluationId}/status")
    String changeStatus(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long evaluationId,
            @RequestParam(required = false) String to,
            RedirectAttributes redirect) {
        access.manage(user, programmeId);
        Evaluation evaluation = evaluations.get(programmeId, evaluationId);
        if ("OPEN".equals(to) && !evaluation.isOpen()) {
            evaluations.open(programmeId, evaluationId);
            redirect.addFlashAttribute("flash", "evaluation.opened");
        } else if ("CLOSED".equals(to) && evaluation.isOpen()) {
            evaluations.close(programmeId, evaluationId);
            redirect.addFlashAttribute("flash", "evaluation.closed");
        } else if (!"OPEN".equals(to) && !"CLOSED".equals(to)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "to is OPEN or CLOSED");
        }
        return "redirect:" + url(programmeId, evaluationId);
    }

    @GetMapping("/{evaluationId}/results")
    String results(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long evaluationId,
            Model model) {
        Programme programme = access.view(user, programmeId);
        boolean mayManage = access.canManage(user, programme);
        model.addAttribute("programme", programme);
        model.addAttribute("mayManage", mayManage);
        model.addAttribute("results", evaluations.results(programmeId, evaluationId, mayManage));
        return "evaluation/results";
    }

    @GetMapping("/{evaluationId}/results.csv")
    void csv(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long evaluationId,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        EvaluationResults results = resultsFor(user, programmeId, evaluationId);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(results) + ".csv\"");
        response.getOutputStream().write(export.csv(results, locale));
        audit.exported(AuditSubject.EVALUATION, evaluationId, "results of programme " + programmeId + " (csv)");
    }

    @GetMapping("/{evaluationId}/results.xlsx")
    void xlsx(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long evaluationId,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        EvaluationResults results = resultsFor(user, programmeId, evaluationId);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(results) + ".xlsx\"");
        export.xlsx(results, locale, response.getOutputStream());
        audit.exported(AuditSubject.EVALUATION, evaluationId, "results of programme " + programmeId + " (xlsx)");
    }

    @GetMapping("/{evaluationId}/missing")
    String missing(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long evaluationId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Programme programme = access.manage(user, programmeId);
        Evaluation evaluation = evaluations.get(programmeId, evaluationId);
        model.addAttribute("programme", programme);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("subject", evaluations.subjectOf(evaluation));
        model.addAttribute("missing", evaluations.missing(programmeId, evaluationId, Pages.of(page, Sort.unsorted())));
        return "evaluation/missing";
    }

    private EvaluationResults resultsFor(SamlaUser user, long programmeId, long evaluationId) {
        Programme programme = access.view(user, programmeId);
        return evaluations.results(programmeId, evaluationId, access.canManage(user, programme));
    }

    private static String fileName(EvaluationResults results) {
        return results.subject().isProgramme()
                ? "evaluering-program"
                : "evaluering-samling-" + results.subject().number();
    }

    private String setupView(Model model, Programme programme, Evaluation evaluation) {
        model.addAttribute("programme", programme);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("subject", evaluations.subjectOf(evaluation));
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("questionsMax", Evaluations.QUESTIONS_MAX);
        return "evaluation/setup";
    }

    private static String url(long programmeId, long evaluationId) {
        return "/programmes/" + programmeId + "/evaluations/" + evaluationId;
    }
}
