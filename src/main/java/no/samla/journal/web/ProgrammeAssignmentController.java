package no.samla.journal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samla.gathering.Gathering;
import no.samla.journal.AssignmentAudience;
import no.samla.journal.AssignmentKind;
import no.samla.journal.Choices;
import no.samla.journal.ProgrammeAssignment;
import no.samla.journal.ProgrammeAssignments;
import no.samla.people.SamlaUser;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A programme's assignments for its coordinators and the admin: the list with done counts, giving a new one to all
 * participants, a leader group, a network group or chosen people, and one assignment with who has done it, where its
 * text and due date are edited and it is deleted.
 */
@Controller
@RequestMapping("/programmes/{programmeId}/assignments")
class ProgrammeAssignmentController {

    private final ProgrammeAccess access;
    private final ProgrammeAssignments assignments;

    ProgrammeAssignmentController(ProgrammeAccess access, ProgrammeAssignments assignments) {
        this.access = access;
        this.assignments = assignments;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Programme programme = managed(user, programmeId);
        model.addAttribute("programme", programme);
        model.addAttribute("assignments", assignments.of(programmeId, Pages.of(page, Sort.unsorted())));
        addLabels(model, programmeId, assignments.groups(programmeId));
        return "journal/assignments";
    }

    @GetMapping("/new")
    String newForm(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @RequestParam(required = false) Long gathering,
            Model model) {
        Programme programme = managed(user, programmeId);
        Long at = gathering != null
                ? gathering
                : assignments.latestStarted(programmeId).map(Gathering::getId).orElse(null);
        model.addAttribute(
                "form",
                AssignmentForm.defaults(
                        at, assignments.defaultDue(programmeId, at).orElse(null)));
        return formView(model, programme);
    }

    @PostMapping("/new")
    String create(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @Valid @ModelAttribute("form") AssignmentForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = managed(user, programmeId);
        if (!result.hasFieldErrors("gatheringId") && !result.hasFieldErrors("dueOn")) {
            assignments.problems(programme, form.data()).forEach((field, key) -> {
                if (!result.hasFieldErrors(field)) {
                    result.rejectValue(field, key);
                }
            });
        }
        return FormSubmission.attempt(
                        result, model, response, () -> assignments.create(programme, form.data(), user.personId()))
                .map(id -> {
                    redirect.addFlashAttribute("flash", "assignment.created");
                    return "redirect:/programmes/" + programmeId + "/assignments/" + id;
                })
                .orElseGet(() -> formView(model, programme));
    }

    @GetMapping("/{id}")
    String show(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Programme programme = managed(user, programmeId);
        ProgrammeAssignment assignment = assignments.get(programmeId, id);
        model.addAttribute("editForm", AssignmentEditForm.of(assignment));
        return detailView(model, programme, assignment, page);
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            @Valid @ModelAttribute("editForm") AssignmentEditForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = managed(user, programmeId);
        ProgrammeAssignment assignment = assignments.get(programmeId, id);
        if (!result.hasFieldErrors("dueOn")) {
            assignments
                    .editProblems(programme, id, form.dueOn())
                    .forEach((field, key) -> result.rejectValue(field, key));
        }
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> assignments.update(
                        programme, id, form.version(), form.kind(), form.title(), form.description(), form.dueOn()))) {
            redirect.addFlashAttribute("flash", "assignment.saved");
            return "redirect:/programmes/" + programmeId + "/assignments/" + id;
        }
        return detailView(model, programme, assignment, 0);
    }

    @PostMapping("/{id}/delete")
    String delete(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirm,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = managed(user, programmeId);
        ProgrammeAssignment assignment = assignments.get(programmeId, id);
        if (!confirm) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("editForm", AssignmentEditForm.of(assignment));
            model.addAttribute("confirmMissing", true);
            return detailView(model, programme, assignment, 0);
        }
        assignments.delete(programmeId, id);
        redirect.addFlashAttribute("flash", "assignment.deleted");
        return "redirect:/programmes/" + programmeId + "/assignments";
    }

    private Programme managed(SamlaUser user, long programmeId) {
        Programme programme = access.manage(user, programmeId);
        if (programme.isTemplate()) {
            throw new NotFoundException("Programme", programmeId);
        }
        return programme;
    }

    private String formView(Model model, Programme programme) {
        Choices choices = assignments.choices(programme.getId());
        Map<String, List<Choices.Participant>> participantGroups = choices.participants().stream()
                .collect(Collectors.groupingBy(
                        participant -> participant.group() == null ? "" : participant.group(),
                        LinkedHashMap::new,
                        Collectors.toList()));
        // A group is shown open when someone in it is ticked, so that a form sent back shows its choices.
        AssignmentForm form = (AssignmentForm) model.getAttribute("form");
        model.addAttribute(
                "openGroups",
                participantGroups.entrySet().stream()
                        .filter(entry -> participantGroups.size() == 1
                                || entry.getValue().stream()
                                        .anyMatch(participant -> form != null && form.chosen(participant.personId())))
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toSet()));
        model.addAttribute("participantGroups", participantGroups);
        model.addAttribute("programme", programme);
        model.addAttribute("kinds", AssignmentKind.values());
        model.addAttribute("audiences", AssignmentAudience.values());
        model.addAttribute(
                "gatherings", assignments.gatherings(programme.getId()).values());
        model.addAttribute("choices", choices);
        return "journal/assignment-form";
    }

    private String detailView(Model model, Programme programme, ProgrammeAssignment assignment, int page) {
        model.addAttribute("programme", programme);
        model.addAttribute("assignment", assignment);
        model.addAttribute("kinds", AssignmentKind.values());
        model.addAttribute(
                "recipients",
                assignments.recipients(programme.getId(), assignment.id(), Pages.of(page, Sort.unsorted())));
        addLabels(model, programme.getId(), assignments.groups(programme.getId()));
        return "journal/assignment";
    }

    /** Names of the groups and gatherings the assignments refer to. */
    private void addLabels(Model model, long programmeId, Choices choices) {
        model.addAttribute("leaderGroupNames", names(choices.leaderGroups()));
        model.addAttribute("networkGroupNames", names(choices.networkGroups()));
        model.addAttribute("gatheringsById", assignments.gatherings(programmeId));
    }

    private static Map<Long, String> names(List<Choices.Option> options) {
        return options.stream().collect(Collectors.toMap(Choices.Option::id, Choices.Option::label));
    }
}
