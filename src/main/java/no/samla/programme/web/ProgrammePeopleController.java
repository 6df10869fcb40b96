package no.samla.programme.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import no.samla.organisation.Organisations;
import no.samla.people.People;
import no.samla.people.Person;
import no.samla.people.SamlaUser;
import no.samla.programme.Enrolments;
import no.samla.programme.ParticipationRole;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.programme.web.EnrolmentForms.LeaderGroupForm;
import no.samla.programme.web.EnrolmentForms.MunicipalityForm;
import no.samla.programme.web.EnrolmentForms.ParticipantForm;
import no.samla.system.NotFoundException;
import no.samla.system.web.FormSubmission;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Sort;
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
 * A programme's people tab: municipalities, leader groups and participants. Coordinators manage all of
 * it; a municipality admin sees and manages the participants of their own municipality only.
 */
@Controller
@RequestMapping("/programmes/{id}")
class ProgrammePeopleController {

    private final ProgrammeAccess access;
    private final Enrolments enrolments;
    private final Organisations organisations;
    private final People people;

    ProgrammePeopleController(
            ProgrammeAccess access, Enrolments enrolments, Organisations organisations, People people) {
        this.access = access;
        this.enrolments = enrolments;
        this.organisations = organisations;
        this.people = people;
    }

    @GetMapping("/people")
    String people(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean left,
            @RequestParam(required = false) String q,
            Model model) {
        Programme programme = notTemplate(access.view(user, id));
        model.addAttribute("q", q == null ? "" : q.strip());
        return view(model, user, programme, page, left);
    }

    @PostMapping("/municipalities")
    String enrolMunicipality(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("municipalityForm") MunicipalityForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = notTemplate(access.manage(user, id));
        if (FormSubmission.run(
                result, model, response, () -> enrolments.enrolMunicipality(id, form.municipalityId()))) {
            return done(redirect, id, "enrolment.added");
        }
        return view(model, user, programme, 0, false);
    }

    @PostMapping("/leader-groups")
    String addLeaderGroup(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("leaderGroupForm") LeaderGroupForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = notTemplate(access.manage(user, id));
        if (FormSubmission.run(
                result, model, response, () -> enrolments.addLeaderGroup(id, form.municipalityId(), form.name()))) {
            return done(redirect, id, "enrolment.added");
        }
        return view(model, user, programme, 0, false);
    }

    @PostMapping("/participants")
    String enrol(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("participantForm") ParticipantForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = notTemplate(access.view(user, id));
        Long scope = requireEnrolmentRights(user, programme);
        Optional<Person> person = Optional.empty();
        if (form != null && !result.hasFieldErrors("email")) {
            person = people.findByEmail(form.email());
            if (person.isEmpty()) {
                result.rejectValue("email", "enrolment.person.unknown");
            } else if (scope != null && !scope.equals(person.get().getMunicipalityId())) {
                result.rejectValue("email", "enrolment.person.otherMunicipality");
            }
        }
        Optional<Person> found = person;
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> enrolments.enrol(id, found.orElseThrow().getId(), form.roles(), form.leaderGroupId()))) {
            return done(redirect, id, "enrolment.enrolled");
        }
        return view(model, user, programme, 0, false);
    }

    @PostMapping("/participants/{participationId}/leave")
    String leave(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long participationId,
            RedirectAttributes redirect) {
        Programme programme = notTemplate(access.view(user, id));
        Long scope = requireEnrolmentRights(user, programme);
        long personId = enrolments.participation(id, participationId).getPersonId();
        if (scope != null && !scope.equals(people.get(personId).getMunicipalityId())) {
            throw new NotFoundException("Participation", participationId);
        }
        enrolments.leave(id, participationId);
        return done(redirect, id, "enrolment.left.done");
    }

    /**
     * Managers enrol anyone; a municipality admin of an enrolled municipality enrols their own people. Returns
     * the municipality a municipality admin is limited to, or null for managers.
     */
    private Long requireEnrolmentRights(SamlaUser user, Programme programme) {
        Long scope = access.municipalityScope(user, programme);
        if (!access.canManage(user, programme) && scope == null) {
            throw new org.springframework.security.access.AccessDeniedException("No right to enrol people here");
        }
        return scope;
    }

    private static Programme notTemplate(Programme programme) {
        if (programme.isTemplate()) {
            throw new NotFoundException("Programme people", programme.getId());
        }
        return programme;
    }

    private static String done(RedirectAttributes redirect, long id, String message) {
        redirect.addFlashAttribute("flash", message);
        return "redirect:/programmes/" + id + "/people";
    }

    private String view(Model model, SamlaUser user, Programme programme, int page, boolean left) {
        // The form that was posted keeps its input and errors; the others start empty.
        if (!model.containsAttribute("municipalityForm")) {
            model.addAttribute("municipalityForm", MunicipalityForm.empty());
        }
        if (!model.containsAttribute("leaderGroupForm")) {
            model.addAttribute("leaderGroupForm", LeaderGroupForm.empty());
        }
        if (!model.containsAttribute("participantForm")) {
            model.addAttribute("participantForm", ParticipantForm.empty());
        }
        Long scope = access.municipalityScope(user, programme);
        model.addAttribute("programme", programme);
        model.addAttribute("mayManage", access.canManage(user, programme));
        model.addAttribute(
                "scope",
                scope == null ? null : organisations.findMunicipality(scope).orElse(null));
        model.addAttribute("municipalities", enrolments.municipalities(programme.getId(), scope));
        model.addAttribute("leaderGroups", enrolments.leaderGroups(programme.getId(), scope));
        model.addAttribute(
                "participants",
                enrolments.participants(
                        programme.getId(),
                        scope,
                        left,
                        (String) model.getAttribute("q"),
                        Pages.of(page, Sort.by("pe.fullName"))));
        model.addAttribute("showLeft", left);
        model.addAttribute("roles", ParticipationRole.values());
        model.addAttribute(
                "allMunicipalities", scope == null ? organisations.allMunicipalities() : java.util.List.of());
        return "programme/people";
    }
}
