package no.samla.innovation.pitch.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.samla.innovation.CaseViewer;
import no.samla.innovation.HomeVisits;
import no.samla.innovation.pitch.OwnMunicipalityException;
import no.samla.innovation.pitch.Pitch;
import no.samla.innovation.pitch.PitchPage;
import no.samla.innovation.pitch.Pitches;
import no.samla.innovation.pitch.ScoreSheet;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pitch events: a programme's list and new pitch, the pitch page (set-up for the coordinators, score links for the
 * panel, published results for the programme), the coordinators' live results, and a panel member's score sheet.
 * Every handler checks who the user is to the pitch before it looks at the input.
 */
@Controller
class PitchController {

    private final Pitches pitches;
    private final HomeVisits people;

    PitchController(Pitches pitches, HomeVisits people) {
        this.pitches = pitches;
        this.people = people;
    }

    @GetMapping("/pitches")
    String mine(@AuthenticationPrincipal SamlaUser user, Model model) {
        model.addAttribute("panels", pitches.onPanel(user.personId()));
        return "innovation/pitch/mine";
    }

    @GetMapping("/innovation/{programmeId}/pitches")
    String list(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CaseViewer viewer = pitches.viewerOf(user, programmeId);
        model.addAttribute("pitchForm", PitchForm.empty());
        return listView(model, user, viewer, page);
    }

    @PostMapping("/innovation/{programmeId}/pitches")
    String create(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @Valid @ModelAttribute("pitchForm") PitchForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        pitches.managed(user, programmeId);
        if (!result.hasErrors()) {
            reject(result, pitches.problems(programmeId, form.data()));
        }
        return FormSubmission.attempt(result, model, response, () -> pitches.create(programmeId, form.data(), locale))
                .map(id -> "redirect:/pitches/" + id)
                .orElseGet(() -> listView(model, user, pitches.viewerOf(user, programmeId), 0));
    }

    private String listView(Model model, SamlaUser user, CaseViewer viewer, int page) {
        Programme programme = viewer.programme();
        model.addAttribute("programme", programme);
        model.addAttribute("canManage", viewer.manager());
        model.addAttribute("pitches", pitches.list(user, programme.getId(), Pages.of(page, Sort.unsorted())));
        if (viewer.manager()) {
            model.addAttribute("gatherings", pitches.gatheringChoices(programme.getId()));
        }
        return "innovation/pitch/list";
    }

    @GetMapping("/pitches/{id}")
    String show(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        return pitchView(model, user, id);
    }

    @PostMapping("/pitches/{id}/edit")
    String edit(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("pitchForm") PitchForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Pitch pitch = pitches.managedPitch(user, id);
        if (!result.hasErrors()) {
            reject(result, pitches.problems(pitch.programmeId(), form.data()));
        }
        if (FormSubmission.run(result, model, response, () -> pitches.update(id, form.openedAt(), form.data()))) {
            redirect.addFlashAttribute("flash", "pitch.saved");
            return redirectTo(id);
        }
        return pitchView(model, user, id);
    }

    @PostMapping("/pitches/{id}/delete")
    String delete(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirm,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Pitch pitch = pitches.managedPitch(user, id);
        if (!confirm) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("confirmMissing", true);
            return pitchView(model, user, id);
        }
        pitches.delete(id);
        redirect.addFlashAttribute("flash", "pitch.deleted");
        return "redirect:/innovation/" + pitch.programmeId() + "/pitches";
    }

    @PostMapping("/pitches/{id}/cases")
    String addCase(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("caseForm") CaseForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Pitch pitch = pitches.managedPitch(user, id);
        if (!result.hasErrors()) {
            pitches.addCase(pitch, form.caseId()).ifPresent(key -> result.rejectValue("caseId", key));
        }
        return saved(result, model, response, redirect, user, id, "pitch.case.added");
    }

    @PostMapping("/pitches/{id}/cases/{caseId}/move")
    String moveCase(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long caseId,
            @RequestParam(defaultValue = "up") String direction) {
        pitches.managedPitch(user, id);
        pitches.moveCase(id, caseId, !"down".equals(direction));
        return redirectTo(id) + "#order";
    }

    @PostMapping("/pitches/{id}/cases/{caseId}/minutes")
    String caseMinutes(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long caseId,
            @RequestParam(required = false) String minutes,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        pitches.managedPitch(user, id);
        Integer value = null;
        if (minutes != null && !minutes.isBlank()) {
            try {
                value = Integer.valueOf(minutes.strip());
            } catch (NumberFormatException notANumber) {
                value = -1;
            }
            if (value < 1 || value > 120) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                model.addAttribute("minutesError", caseId);
                model.addAttribute("minutesInput", minutes);
                return pitchView(model, user, id);
            }
        }
        pitches.caseMinutes(id, caseId, value);
        redirect.addFlashAttribute("flash", "pitch.saved");
        return redirectTo(id) + "#order";
    }

    @PostMapping("/pitches/{id}/cases/{caseId}/delete")
    String removeCase(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long caseId,
            RedirectAttributes redirect) {
        pitches.managedPitch(user, id);
        return refusedOr(pitches.removeCase(id, caseId), redirect, id, "pitch.case.removed");
    }

    @PostMapping("/pitches/{id}/criteria")
    String addCriterion(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("criterionForm") CriterionForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        pitches.managedPitch(user, id);
        if (!result.hasErrors()) {
            pitches.addCriterion(id, form.name()).ifPresent(key -> result.rejectValue("name", key));
        }
        return saved(result, model, response, redirect, user, id, "pitch.criterion.added");
    }

    @PostMapping("/pitches/{id}/criteria/{criterionId}")
    String renameCriterion(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long criterionId,
            @RequestParam(required = false) String name,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        pitches.managedPitch(user, id);
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("renameError", criterionId);
            model.addAttribute("renameInput", name);
            return pitchView(model, user, id);
        }
        return refusedOr(pitches.renameCriterion(id, criterionId, name), redirect, id, "pitch.criterion.renamed");
    }

    @PostMapping("/pitches/{id}/criteria/{criterionId}/move")
    String moveCriterion(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long criterionId,
            @RequestParam(defaultValue = "up") String direction,
            RedirectAttributes redirect) {
        pitches.managedPitch(user, id);
        return refusedOr(
                pitches.moveCriterion(id, criterionId, !"down".equals(direction)),
                redirect,
                id,
                "pitch.criterion.moved");
    }

    @PostMapping("/pitches/{id}/criteria/{criterionId}/delete")
    String removeCriterion(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long criterionId,
            RedirectAttributes redirect) {
        pitches.managedPitch(user, id);
        return refusedOr(pitches.removeCriterion(id, criterionId), redirect, id, "pitch.criterion.removed");
    }

    @PostMapping("/pitches/{id}/panel")
    String addPanelMember(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("panelForm") PanelForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        pitches.managedPitch(user, id);
        if (!result.hasErrors()) {
            pitches.addPanelMember(id, form.personId(), form.email())
                    .ifPresent(key -> result.rejectValue(form.personId() != null ? "personId" : "email", key));
        }
        return saved(result, model, response, redirect, user, id, "pitch.panel.added");
    }

    @PostMapping("/pitches/{id}/panel/{personId}/delete")
    String removePanelMember(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long personId,
            RedirectAttributes redirect) {
        pitches.managedPitch(user, id);
        return refusedOr(pitches.removePanelMember(id, personId), redirect, id, "pitch.panel.removed");
    }

    @PostMapping("/pitches/{id}/publish")
    String publish(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "true") boolean published,
            RedirectAttributes redirect) {
        pitches.managedPitch(user, id);
        pitches.publish(id, published);
        redirect.addFlashAttribute("flash", published ? "pitch.published" : "pitch.unpublished");
        return "redirect:/pitches/" + id + "/results";
    }

    /** The live results; an htmx request (the page polls itself) gets the results part alone. */
    @GetMapping("/pitches/{id}/results")
    String results(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("results", pitches.liveResults(user, id));
        model.addAttribute("pitch", pitches.visible(user, id));
        return htmx != null ? "innovation/pitch/results :: live" : "innovation/pitch/results";
    }

    @GetMapping("/pitches/{id}/cases/{caseId}/score")
    String scoreForm(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long caseId,
            Model model,
            HttpServletResponse response) {
        Optional<ScoreSheet> sheet = sheet(user, id, caseId, model, response);
        if (sheet.isEmpty()) {
            return "innovation/pitch/score";
        }
        model.addAttribute("scoreForm", ScoreForm.of(sheet.get()));
        return scoreView(model, sheet.get());
    }

    @PostMapping("/pitches/{id}/cases/{caseId}/score")
    String score(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long caseId,
            @Valid @ModelAttribute("scoreForm") ScoreForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<ScoreSheet> found = sheet(user, id, caseId, model, response);
        if (found.isEmpty()) {
            return "innovation/pitch/score";
        }
        ScoreSheet sheet = found.get();
        pitches.problems(sheet, form.getScores()).forEach((field, key) -> {
            if ("global".equals(field)) {
                result.reject(key);
            } else if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, key);
            }
        });
        boolean[] updated = {false};
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> updated[0] = pitches.score(sheet, user.personId(), form.getScores(), form.getComment()))) {
            redirect.addFlashAttribute("flash", updated[0] ? "pitch.score.updated" : "pitch.score.saved");
            return redirectTo(id) + "#order";
        }
        return scoreView(model, sheet);
    }

    /** The sheet, or empty with the refusal on the model and a 403 when the case is the user's own municipality's. */
    private Optional<ScoreSheet> sheet(
            SamlaUser user, long pitchId, long caseId, Model model, HttpServletResponse response) {
        try {
            return Optional.of(pitches.sheet(user, pitchId, caseId));
        } catch (OwnMunicipalityException own) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("ownMunicipality", true);
            model.addAttribute("sheet", own.sheet());
            return Optional.empty();
        }
    }

    private String scoreView(Model model, ScoreSheet sheet) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("lowest", Pitches.LOWEST);
        model.addAttribute("highest", Pitches.HIGHEST);
        return "innovation/pitch/score";
    }

    private String saved(
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            SamlaUser user,
            long id,
            String flash) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return pitchView(model, user, id);
        }
        redirect.addFlashAttribute("flash", flash);
        return redirectTo(id);
    }

    private static String refusedOr(Optional<String> refusal, RedirectAttributes redirect, long id, String flash) {
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("flashError", refusal.get());
        } else {
            redirect.addFlashAttribute("flash", flash);
        }
        return redirectTo(id);
    }

    private static String redirectTo(long id) {
        return "redirect:/pitches/" + id;
    }

    private static void reject(BindingResult result, Map<String, String> problems) {
        problems.forEach(result::rejectValue);
    }

    private String pitchView(Model model, SamlaUser user, long id) {
        PitchPage page = pitches.page(user, id);
        model.addAttribute("page", page);
        if (page.role().manager()) {
            long programmeId = page.pitch().programmeId();
            model.addAttribute("gatherings", pitches.gatheringChoices(programmeId));
            model.addAttribute("caseChoices", pitches.caseChoices(page.pitch()));
            model.addAttribute("panelChoices", people.choices(programmeId));
            if (!model.containsAttribute("pitchForm")) {
                model.addAttribute("pitchForm", PitchForm.of(page.pitch()));
            }
            if (!model.containsAttribute("caseForm")) {
                model.addAttribute("caseForm", new CaseForm(null));
            }
            if (!model.containsAttribute("criterionForm")) {
                model.addAttribute("criterionForm", new CriterionForm(""));
            }
            if (!model.containsAttribute("panelForm")) {
                model.addAttribute("panelForm", new PanelForm(null, ""));
            }
        }
        return "innovation/pitch/show";
    }
}
