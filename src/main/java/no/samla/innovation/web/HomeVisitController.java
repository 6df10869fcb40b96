package no.samla.innovation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samla.innovation.HomeVisit;
import no.samla.innovation.HomeVisitPerson;
import no.samla.innovation.HomeVisits;
import no.samla.people.SamlaUser;
import no.samla.programme.EnrolledMunicipality;
import no.samla.programme.Enrolments;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.system.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A programme's home visits: the list of enrolled municipalities with their visit for those who may see the programme
 * (a municipality admin sees only their own, read-only); scheduling, editing, notes afterwards and deleting for its
 * coordinators and the admin; and one visit's read page for those who come.
 */
@Controller
class HomeVisitController {

    private final ProgrammeAccess access;
    private final HomeVisits visits;
    private final Enrolments enrolments;

    HomeVisitController(ProgrammeAccess access, HomeVisits visits, Enrolments enrolments) {
        this.access = access;
        this.visits = visits;
        this.enrolments = enrolments;
    }

    @GetMapping("/programmes/{programmeId}/home-visits")
    String list(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Programme programme = access.view(user, programmeId);
        if (programme.isTemplate()) {
            throw new NotFoundException("Programme", programmeId);
        }
        model.addAttribute("programme", programme);
        model.addAttribute("canManage", access.canManage(user, programme));
        model.addAttribute(
                "rows",
                visits.list(programmeId, access.municipalityScope(user, programme), Pages.of(page, Sort.unsorted())));
        return "homevisit/list";
    }

    @GetMapping("/programmes/{programmeId}/home-visits/new")
    String newForm(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @RequestParam(required = false) Long municipality,
            Model model) {
        Programme programme = managed(user, programmeId);
        model.addAttribute("visitForm", HomeVisitForm.scheduling(municipality));
        return formView(model, programme, null);
    }

    @PostMapping("/programmes/{programmeId}/home-visits/new")
    String create(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @Valid @ModelAttribute("visitForm") HomeVisitForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = managed(user, programmeId);
        if (form.municipalityId() == null) {
            result.rejectValue("municipalityId", "homevisit.municipality.required");
        }
        reject(result, visits.problems(programme, form.municipalityId(), form.data(), null));
        return FormSubmission.attempt(
                        result,
                        model,
                        response,
                        () -> visits.schedule(programme, form.municipalityId(), form.data(), user.personId()))
                .map(id -> {
                    redirect.addFlashAttribute("flash", "homevisit.scheduled");
                    return "redirect:/programmes/" + programmeId + "/home-visits";
                })
                .orElseGet(() -> formView(model, programme, null));
    }

    @GetMapping("/programmes/{programmeId}/home-visits/{id}/edit")
    String editForm(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            Model model) {
        Programme programme = managed(user, programmeId);
        HomeVisit visit = visits.get(programmeId, id);
        model.addAttribute("visitForm", HomeVisitForm.of(visit));
        return formView(model, programme, visit);
    }

    @PostMapping("/programmes/{programmeId}/home-visits/{id}/edit")
    String update(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            @Valid @ModelAttribute("visitForm") HomeVisitForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = managed(user, programmeId);
        HomeVisit visit = visits.get(programmeId, id);
        reject(result, visits.problems(programme, null, form.data(), visit));
        if (FormSubmission.run(
                result, model, response, () -> visits.update(programmeId, id, form.version(), form.data()))) {
            redirect.addFlashAttribute("flash", "homevisit.saved");
            return "redirect:/home-visits/" + id;
        }
        return formView(model, programme, visit);
    }

    @GetMapping("/programmes/{programmeId}/home-visits/{id}/notes")
    String notesForm(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            Model model) {
        Programme programme = managed(user, programmeId);
        HomeVisit visit = visits.get(programmeId, id);
        model.addAttribute("notesForm", HomeVisitNotesForm.of(visit));
        return notesView(model, programme, visit);
    }

    @PostMapping("/programmes/{programmeId}/home-visits/{id}/notes")
    String writeNotes(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            @Valid @ModelAttribute("notesForm") HomeVisitNotesForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = managed(user, programmeId);
        HomeVisit visit = visits.get(programmeId, id);
        if (FormSubmission.run(
                result, model, response, () -> visits.writeNotes(programmeId, id, form.version(), form.notes()))) {
            redirect.addFlashAttribute("flash", "homevisit.notes.saved");
            return "redirect:/home-visits/" + id;
        }
        return notesView(model, programme, visit);
    }

    @PostMapping("/programmes/{programmeId}/home-visits/{id}/delete")
    String delete(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirm,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        managed(user, programmeId);
        HomeVisit visit = visits.get(programmeId, id);
        if (!confirm) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("confirmMissing", true);
            return readView(model, user, visit);
        }
        visits.delete(programmeId, id);
        redirect.addFlashAttribute("flash", "homevisit.deleted");
        return "redirect:/programmes/" + programmeId + "/home-visits";
    }

    @GetMapping("/home-visits/{id}")
    String show(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        return readView(model, user, visits.readable(user, id));
    }

    private String readView(Model model, SamlaUser user, HomeVisit visit) {
        model.addAttribute("visit", visit);
        model.addAttribute("municipalityName", visits.municipalityName(visit.getMunicipalityId()));
        model.addAttribute("comers", visits.comers(visit.getId()));
        model.addAttribute("held", visits.held(visit));
        boolean canView = access.canView(user, visit.getProgrammeId());
        Programme programme = canView ? access.view(user, visit.getProgrammeId()) : null;
        model.addAttribute("programmeId", visit.getProgrammeId());
        model.addAttribute("programme", programme);
        model.addAttribute("canManage", programme != null && access.canManage(user, programme));
        return "homevisit/read";
    }

    private Programme managed(SamlaUser user, long programmeId) {
        Programme programme = access.manage(user, programmeId);
        if (programme.isTemplate()) {
            throw new NotFoundException("Programme", programmeId);
        }
        return programme;
    }

    private static void reject(BindingResult result, Map<String, String> problems) {
        problems.forEach((field, key) -> {
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, key);
            }
        });
    }

    private String formView(Model model, Programme programme, HomeVisit visit) {
        HomeVisitForm form = (HomeVisitForm) model.getAttribute("visitForm");
        Long chosen =
                visit != null ? Long.valueOf(visit.getMunicipalityId()) : form == null ? null : form.municipalityId();
        List<HomeVisitPerson> choices = visits.choices(programme.getId());
        // The municipality's own participants when one is chosen, else every enrolled municipality's, by municipality.
        Map<Long, List<HomeVisitPerson>> participants = choices.stream()
                .filter(person -> !person.staff())
                .filter(person -> chosen == null || chosen.equals(person.municipalityId()))
                .collect(Collectors.groupingBy(
                        HomeVisitPerson::municipalityId, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("programme", programme);
        model.addAttribute("visit", visit);
        model.addAttribute(
                "staff", choices.stream().filter(HomeVisitPerson::staff).toList());
        model.addAttribute("participants", participants);
        List<EnrolledMunicipality> municipalities = enrolments.municipalities(programme.getId(), null);
        model.addAttribute("municipalities", municipalities);
        model.addAttribute(
                "municipalityNames",
                municipalities.stream()
                        .collect(Collectors.toMap(EnrolledMunicipality::municipalityId, EnrolledMunicipality::name)));
        if (visit != null) {
            model.addAttribute("municipalityName", visits.municipalityName(visit.getMunicipalityId()));
        }
        return "homevisit/form";
    }

    private String notesView(Model model, Programme programme, HomeVisit visit) {
        model.addAttribute("programme", programme);
        model.addAttribute("visit", visit);
        model.addAttribute("municipalityName", visits.municipalityName(visit.getMunicipalityId()));
        model.addAttribute("held", visits.held(visit));
        return "homevisit/notes";
    }
}
