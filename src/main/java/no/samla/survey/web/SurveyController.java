package no.samla.survey.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.survey.Instrument;
import no.samla.survey.QuestionKind;
import no.samla.survey.RoundKind;
import no.samla.survey.Survey;
import no.samla.survey.SurveyQuestion;
import no.samla.survey.SurveyResults;
import no.samla.survey.Surveys;
import no.samla.system.web.FormSubmission;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A programme's surveys as its staff see them. Its coordinators and the admin build surveys and add rounds; they and an
 * enrolled municipality's admin read the results, the municipality admin only for their own municipality and without
 * the free-text answers.
 */
@Controller
@RequestMapping("/programmes/{programmeId}/surveys")
class SurveyController {

    private final Surveys surveys;
    private final ProgrammeAccess access;
    private final SurveyExport export;
    private final AuditTrail audit;

    SurveyController(Surveys surveys, ProgrammeAccess access, SurveyExport export, AuditTrail audit) {
        this.audit = audit;
        this.surveys = surveys;
        this.access = access;
        this.export = export;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SamlaUser user, @PathVariable long programmeId, Model model) {
        Programme programme = access.view(user, programmeId);
        model.addAttribute("programme", programme);
        model.addAttribute("mayManage", access.canManage(user, programme));
        model.addAttribute("surveys", surveys.of(programmeId));
        model.addAttribute("instruments", Instrument.values());
        model.addAttribute("minimum", SurveyResults.MINIMUM);
        return "survey/list";
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @RequestParam(defaultValue = "EMPTY") Instrument instrument,
            Locale locale,
            RedirectAttributes redirect) {
        access.manage(user, programmeId);
        Survey survey = surveys.create(programmeId, instrument, locale);
        redirect.addFlashAttribute("flash", "survey.created");
        return "redirect:" + url(programmeId, survey.getId());
    }

    @GetMapping("/{surveyId}")
    String edit(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long surveyId,
            Model model) {
        Programme programme = access.manage(user, programmeId);
        Survey survey = surveys.get(programmeId, surveyId);
        model.addAttribute("describe", SurveyForms.DescribeForm.of(survey));
        return editView(model, programme, survey);
    }

    @PostMapping("/{surveyId}")
    String describe(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long surveyId,
            @Valid @ModelAttribute("describe") SurveyForms.DescribeForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = access.manage(user, programmeId);
        Survey survey = surveys.get(programmeId, surveyId);
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> surveys.describe(programmeId, surveyId, form.version(), form.title(), form.introduction()))) {
            redirect.addFlashAttribute("flash", "survey.saved");
            return "redirect:" + url(programmeId, surveyId);
        }
        return editView(model, programme, survey);
    }

    @PostMapping("/{surveyId}/factors")
    String addFactor(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long surveyId,
            @Valid @ModelAttribute("factor") SurveyForms.FactorForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = access.manage(user, programmeId);
        Survey survey = surveys.get(programmeId, surveyId);
        if (FormSubmission.run(result, model, response, () -> surveys.addFactor(programmeId, surveyId, form.name()))) {
            redirect.addFlashAttribute("flash", "survey.factor.added");
            return "redirect:" + url(programmeId, surveyId) + "#factors";
        }
        model.addAttribute("describe", SurveyForms.DescribeForm.of(survey));
        return editView(model, programme, survey);
    }

    @PostMapping("/{surveyId}/questions")
    String addQuestion(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long surveyId,
            @Valid @ModelAttribute("question") SurveyForms.QuestionForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = access.manage(user, programmeId);
        Survey survey = surveys.get(programmeId, surveyId);
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> surveys.addQuestion(
                        programmeId,
                        surveyId,
                        form.kind(),
                        form.text(),
                        form.factorId(),
                        Boolean.TRUE.equals(form.required())))) {
            redirect.addFlashAttribute("flash", "survey.question.added");
            return "redirect:" + url(programmeId, surveyId) + "#questions";
        }
        model.addAttribute("describe", SurveyForms.DescribeForm.of(survey));
        return editView(model, programme, survey);
    }

    @GetMapping("/{surveyId}/questions/{questionId}")
    String question(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long surveyId,
            @PathVariable long questionId,
            Model model) {
        Programme programme = access.manage(user, programmeId);
        Survey survey = surveys.get(programmeId, surveyId);
        SurveyQuestion question = surveys.question(survey, questionId);
        model.addAttribute("change", SurveyForms.QuestionChangeForm.of(question));
        return questionView(model, programme, survey, question);
    }

    @PostMapping("/{surveyId}/questions/{questionId}")
    String changeQuestion(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long surveyId,
            @PathVariable long questionId,
            @Valid @ModelAttribute("change") SurveyForms.QuestionChangeForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = access.manage(user, programmeId);
        Survey survey = surveys.get(programmeId, surveyId);
        SurveyQuestion question = surveys.question(survey, questionId);
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> surveys.changeQuestion(
                        programmeId,
                        surveyId,
                        questionId,
                        form.text(),
                        form.factorId(),
                        Boolean.TRUE.equals(form.required())))) {
            redirect.addFlashAttribute("flash", "survey.question.changed");
            return "redirect:" + url(programmeId, surveyId) + "#questions";
        }
        return questionView(model, programme, survey, question);
    }

    private String questionView(Model model, Programme programme, Survey survey, SurveyQuestion question) {
        model.addAttribute("programme", programme);
        model.addAttribute("survey", survey);
        model.addAttribute("questionToChange", question);
        model.addAttribute("locked", surveys.locked(survey.getId()));
        return "survey/question";
    }

    @PostMapping("/{surveyId}/questions/{questionId}/move")
    String move(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long surveyId,
            @PathVariable long questionId,
            @RequestParam(defaultValue = "up") String direction,
            RedirectAttributes redirect) {
        access.manage(user, programmeId);
        if (surveys.locked(surveys.get(programmeId, surveyId).getId())) {
            redirect.addFlashAttribute("flash", "survey.locked");
        } else {
            surveys.moveQuestion(programmeId, surveyId, questionId, !"down".equals(direction));
        }
        return "redirect:" + url(programmeId, surveyId) + "#questions";
    }

    @PostMapping("/{surveyId}/questions/{questionId}/delete")
    String removeQuestion(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long surveyId,
            @PathVariable long questionId,
            RedirectAttributes redirect) {
        access.manage(user, programmeId);
        if (surveys.locked(surveys.get(programmeId, surveyId).getId())) {
            redirect.addFlashAttribute("flash", "survey.locked");
        } else {
            surveys.removeQuestion(programmeId, surveyId, questionId);
            redirect.addFlashAttribute("flash", "survey.question.removed");
        }
        return "redirect:" + url(programmeId, surveyId) + "#questions";
    }

    @PostMapping("/{surveyId}/rounds")
    String addRound(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long surveyId,
            @Valid @ModelAttribute("round") SurveyForms.RoundForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = access.manage(user, programmeId);
        Survey survey = surveys.get(programmeId, surveyId);
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> surveys.addRound(programmeId, surveyId, form.roundKind(), form.opensOn(), form.closesOn()))) {
            redirect.addFlashAttribute("flash", "survey.round.added");
            return "redirect:" + url(programmeId, surveyId) + "#rounds";
        }
        model.addAttribute("describe", SurveyForms.DescribeForm.of(survey));
        return editView(model, programme, survey);
    }

    @GetMapping("/{surveyId}/results")
    String results(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long surveyId,
            Model model) {
        Programme programme = access.view(user, programmeId);
        model.addAttribute("programme", programme);
        model.addAttribute("mayManage", access.canManage(user, programme));
        model.addAttribute("results", resultsFor(user, programme, surveyId));
        model.addAttribute("minimum", SurveyResults.MINIMUM);
        model.addAttribute("scores", scale());
        return "survey/results";
    }

    @GetMapping("/{surveyId}/results.csv")
    void csv(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long surveyId,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Programme programme = access.view(user, programmeId);
        SurveyResults results = resultsFor(user, programme, surveyId);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"kartlegging-" + surveyId + ".csv\"");
        response.getOutputStream().write(export.csv(results, locale));
        audit.exported(AuditSubject.SURVEY, surveyId, "results of programme " + programmeId + " (csv)");
    }

    private SurveyResults resultsFor(SamlaUser user, Programme programme, long surveyId) {
        boolean mayManage = access.canManage(user, programme);
        return surveys.results(programme.getId(), surveyId, access.municipalityScope(user, programme), mayManage);
    }

    private String editView(Model model, Programme programme, Survey survey) {
        model.addAttribute("programme", programme);
        model.addAttribute("survey", survey);
        model.addAttribute("rounds", surveys.roundsOf(survey.getId()));
        model.addAttribute("locked", surveys.locked(survey.getId()));
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("roundKinds", RoundKind.values());
        model.addAttribute("questionsMax", Surveys.QUESTIONS_MAX);
        if (!model.containsAttribute("factor")) {
            model.addAttribute("factor", SurveyForms.FactorForm.empty());
        }
        if (!model.containsAttribute("question")) {
            model.addAttribute("question", SurveyForms.QuestionForm.empty());
        }
        if (!model.containsAttribute("round")) {
            model.addAttribute("round", SurveyForms.RoundForm.empty());
        }
        return "survey/edit";
    }

    static String url(long programmeId, long surveyId) {
        return "/programmes/" + programmeId + "/surveys/" + surveyId;
    }

    static List<Integer> scale() {
        return List.of(1, 2, 3, 4, 5);
    }
}
