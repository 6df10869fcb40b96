package no.samla.coaching.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import no.samla.coaching.Coaching;
import no.samla.coaching.DevelopmentProject;
import no.samla.coaching.DevelopmentProjectVersion;
import no.samla.coaching.DevelopmentProjects;
import no.samla.coaching.LeaderProgramme;
import no.samla.coaching.LeadershipBehaviour;
import no.samla.people.SamlaUser;
import no.samla.system.NotFoundException;
import no.samla.system.web.FormSubmission;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A leader's development project in each programme they take part in: writing it (every save a new version), its
 * history, older versions, whom it is shared with, and the read page for those it is shared with.
 */
@Controller
class DevelopmentProjectController {

    private final DevelopmentProjects projects;
    private final Coaching coaching;

    DevelopmentProjectController(DevelopmentProjects projects, Coaching coaching) {
        this.projects = projects;
        this.coaching = coaching;
    }

    @GetMapping("/development-project")
    String mine(@AuthenticationPrincipal SamlaUser user, Model model) {
        List<LeaderProgramme> programmes = coaching.programmesOf(user.personId());
        model.addAttribute("programmes", programmes);
        return "coaching/projects";
    }

    @GetMapping("/development-project/{programmeId}")
    String edit(@AuthenticationPrincipal SamlaUser user, @PathVariable long programmeId, Model model) {
        LeaderProgramme programme = coaching.programmeOf(user.personId(), programmeId);
        DevelopmentProject project = projects.own(user.personId(), programmeId).orElse(null);
        model.addAttribute(
                "projectForm",
                project == null
                        ? ProjectForm.empty()
                        : ProjectForm.of(project, projects.latest(project).orElse(null)));
        return formView(model, programme, project);
    }

    @PostMapping("/development-project/{programmeId}")
    String save(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @Valid @ModelAttribute("projectForm") ProjectForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        LeaderProgramme programme = coaching.programmeOf(user.personId(), programmeId);
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> projects.save(
                        user.personId(), programmeId, form.version().intValue(), form.text(), form.sharing()))) {
            redirect.addFlashAttribute("flash", "project.saved");
            return "redirect:/development-project/" + programmeId;
        }
        return formView(
                model, programme, projects.own(user.personId(), programmeId).orElse(null));
    }

    @GetMapping("/development-project/{programmeId}/versions/{number}")
    String version(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable int number,
            Model model) {
        LeaderProgramme programme = coaching.programmeOf(user.personId(), programmeId);
        DevelopmentProject project = projects.own(user.personId(), programmeId)
                .orElseThrow(() -> new NotFoundException("DevelopmentProject", programmeId));
        DevelopmentProjectVersion version = projects.version(project, number)
                .orElseThrow(() -> new NotFoundException("DevelopmentProjectVersion", number));
        model.addAttribute("programmeName", programme.programmeName());
        model.addAttribute("project", project);
        model.addAttribute("version", version);
        model.addAttribute("history", projects.history(project));
        model.addAttribute("own", true);
        model.addAttribute("ownerName", user.fullName());
        return "coaching/project-read";
    }

    /** The latest version for those the leader shares the project with (and the leader); "not found" for others. */
    @GetMapping("/development-project/shared/{projectId}")
    String shared(@AuthenticationPrincipal SamlaUser user, @PathVariable long projectId, Model model) {
        DevelopmentProject project = projects.readable(user.personId(), projectId);
        DevelopmentProjectVersion version =
                projects.latest(project).orElseThrow(() -> new NotFoundException("DevelopmentProject", projectId));
        model.addAttribute("programmeName", null);
        model.addAttribute("project", project);
        model.addAttribute("version", version);
        model.addAttribute("history", List.of());
        model.addAttribute("own", project.getPersonId() == user.personId());
        model.addAttribute(
                "ownerName", coaching.names(List.of(project.getPersonId())).get(project.getPersonId()));
        return "coaching/project-read";
    }

    private String formView(Model model, LeaderProgramme programme, DevelopmentProject project) {
        model.addAttribute("programme", programme);
        model.addAttribute("project", project);
        model.addAttribute("history", project == null ? List.of() : projects.history(project));
        model.addAttribute("behaviours", LeadershipBehaviour.values());
        return "coaching/project-form";
    }
}
