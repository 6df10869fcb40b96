package no.samla.programme.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.samla.organisation.Organisations;
import no.samla.people.Accounts;
import no.samla.people.People;
import no.samla.people.Role;
import no.samla.people.SamlaUser;
import no.samla.programme.GatheringSchedule;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.programme.ProgrammeActivities;
import no.samla.programme.ProgrammeFilter;
import no.samla.programme.ProgrammeStatus;
import no.samla.programme.ProgrammeViewer;
import no.samla.programme.Programmes;
import no.samla.programme.Rates;
import no.samla.system.FieldConflictException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Programmes: the list, the structure tab, the form, status changes and saving as a template. */
@Controller
class ProgrammeController {

    private final Programmes programmes;
    private final ProgrammeAccess access;
    private final Organisations organisations;
    private final Accounts accounts;
    private final People people;
    private final GatheringSchedule gatherings;
    private final Clock clock;
    private final List<ProgrammeActivities> activities;

    ProgrammeController(
            Programmes programmes,
            ProgrammeAccess access,
            Organisations organisations,
            Accounts accounts,
            People people,
            GatheringSchedule gatherings,
            Clock clock,
            List<ProgrammeActivities> activities) {
        this.programmes = programmes;
        this.access = access;
        this.organisations = organisations;
        this.accounts = accounts;
        this.people = people;
        this.gatherings = gatherings;
        this.clock = clock;
        this.activities = activities;
    }

    @GetMapping("/programmes")
    String list(
            @AuthenticationPrincipal SamlaUser user,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) ProgrammeStatus status,
            @RequestParam(required = false) Long provider,
            @RequestParam(required = false) Long municipality,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ProgrammeFilter filter = new ProgrammeFilter(q, status, provider, municipality, year);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ProgrammeStatus.values());
        model.addAttribute("providers", organisations.allProviders());
        model.addAttribute("municipalities", organisations.allMunicipalities());
        model.addAttribute(
                "page",
                programmes.search(
                        ProgrammeViewer.of(user),
                        filter,
                        Pages.of(page, Sort.by("startDate").descending())));
        model.addAttribute("mayCreate", user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR));
        return "programme/programmes";
    }

    @GetMapping("/programmes/new")
    String newProgramme(@AuthenticationPrincipal SamlaUser user, Model model) {
        Long provider = user.hasRole(Role.COORDINATOR) ? people.providerOf(user.personId()) : null;
        model.addAttribute(
                "form",
                ProgrammeForm.empty(
                        provider, user.hasRole(Role.COORDINATOR) ? user.personId() : null, LocalDate.now(clock)));
        return formView(model, null);
    }

    @PostMapping("/programmes")
    String create(
            @AuthenticationPrincipal SamlaUser user,
            @Valid @ModelAttribute("form") ProgrammeForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.COORDINATOR)) {
            throw new org.springframework.security.access.AccessDeniedException("Only coordinators create programmes");
        }
        checkForm(form, result);
        Long creator = user.hasRole(Role.COORDINATOR) ? user.personId() : null;
        return FormSubmission.attempt(
                        result, model, response, () -> programmes.create(form.toData(Rates.defaults(), creator)))
                .map(programme -> {
                    redirect.addFlashAttribute("flash", "flash.created");
                    return "redirect:/programmes/" + programme.getId();
                })
                .orElseGet(() -> formView(model, null));
    }

    @GetMapping("/programmes/{id}")
    String show(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        Programme programme = access.view(user, id);
        model.addAttribute("programme", programme);
        model.addAttribute("mayManage", access.canManage(user, programme));
        model.addAttribute("gatherings", gatherings.gatheringsOf(id));
        // Who is busy elsewhere is for those who plan the programme, not for everyone who sees it.
        model.addAttribute(
                "warnings",
                access.canManage(user, programme)
                        ? gatherings.warningsOf(id).stream()
                                .collect(java.util.stream.Collectors.groupingBy(
                                        GatheringSchedule.ScheduleWarning::gatheringId))
                        : java.util.Map.of());
        model.addAttribute("coordinators", people.getAll(programme.getCoordinatorIds()));
        model.addAttribute(
                "provider",
                organisations
                        .findProvider(programme.getProviderOrganisationId())
                        .orElse(null));
        return "programme/programme";
    }

    /** The programme's course in time: its gatherings and the stretches of work between them. */
    @GetMapping("/programmes/{id}/timeline")
    String timeline(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        Programme programme = access.view(user, id);
        List<GatheringSchedule.ScheduledGathering> list = gatherings.gatheringsOf(id).stream()
                .sorted(java.util.Comparator.comparing(GatheringSchedule.ScheduledGathering::startDate))
                .toList();
        List<Long> weeksToNext = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < list.size(); i++) {
            weeksToNext.add(java.time.temporal.ChronoUnit.WEEKS.between(
                    list.get(i).endDate(), list.get(i + 1).startDate()));
        }
        // Network meetings, coaching and the like from the modules that know them, put between the gatherings.
        List<ProgrammeActivities.TimelineEntry> entries = new java.util.ArrayList<>();
        activities.forEach(source -> entries.addAll(source.timelineEntries(id)));
        entries.sort(java.util.Comparator.comparing(ProgrammeActivities.TimelineEntry::date)
                .thenComparing(
                        ProgrammeActivities.TimelineEntry::startTime,
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        List<List<ProgrammeActivities.TimelineEntry>> between = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < list.size(); i++) {
            java.time.LocalDate after = list.get(i).endDate();
            java.time.LocalDate before = list.get(i + 1).startDate();
            between.add(entries.stream()
                    .filter(entry -> entry.date().isAfter(after) && entry.date().isBefore(before))
                    .toList());
        }
        model.addAttribute("programme", programme);
        model.addAttribute("gatherings", list);
        model.addAttribute("weeksToNext", weeksToNext);
        model.addAttribute("between", between);
        // Work before the first gathering (early coaching, say) and after the last is shown too.
        model.addAttribute(
                "beforeFirst",
                list.isEmpty()
                        ? entries
                        : entries.stream()
                                .filter(entry ->
                                        entry.date().isBefore(list.get(0).startDate()))
                                .toList());
        model.addAttribute(
                "afterLast",
                list.isEmpty()
                        ? List.of()
                        : entries.stream()
                                .filter(entry -> entry.date()
                                        .isAfter(list.get(list.size() - 1).endDate()))
                                .toList());
        return "programme/timeline";
    }

    @GetMapping("/programmes/{id}/edit")
    String edit(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        Programme programme = access.manage(user, id);
        model.addAttribute("form", ProgrammeForm.of(programme));
        return formView(model, programme);
    }

    @PostMapping("/programmes/{id}/edit")
    String update(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ProgrammeForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = access.manage(user, id);
        checkForm(form, result);
        if (form != null
                && (form.coordinatorIds() == null || form.coordinatorIds().isEmpty())) {
            result.rejectValue("coordinatorIds", "programme.coordinators.required");
        }
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> programmes.update(id, form.version(), form.toData(programme.getRates(), null)))) {
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/programmes/" + id;
        }
        return formView(model, programme);
    }

    @PostMapping("/programmes/{id}/status")
    String changeStatus(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(required = false) ProgrammeStatus status,
            RedirectAttributes redirect) {
        access.manage(user, id);
        if (status == null) {
            redirect.addFlashAttribute("flashError", "programme.status.notAllowed");
            return "redirect:/programmes/" + id;
        }
        try {
            programmes.changeStatus(id, status);
            redirect.addFlashAttribute("flash", "programme.status.changed");
        } catch (FieldConflictException notAllowed) {
            redirect.addFlashAttribute("flashError", notAllowed.messageKey());
        }
        return "redirect:/programmes/" + id;
    }

    @PostMapping("/programmes/{id}/template")
    String saveAsTemplate(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        Programme programme = access.manage(user, id);
        String templateName = name.isBlank() ? programme.getName() : name.strip();
        if (templateName.length() > 200) {
            redirect.addFlashAttribute("flashError", "programme.template.nameTooLong");
            return "redirect:/programmes/" + id;
        }
        Programme template = programmes.saveAsTemplate(id, templateName);
        redirect.addFlashAttribute("flash", "programme.template.saved");
        return "redirect:/programmes/" + template.getId();
    }

    private void checkForm(ProgrammeForm form, BindingResult result) {
        if (form == null) {
            return;
        }
        if (form.endsBeforeItStarts()) {
            result.rejectValue("endDate", "programme.endDate.beforeStart");
        }
        if (form.themeList().stream().anyMatch(theme -> theme.length() > 200)) {
            result.rejectValue("themes", "programme.themes.tooLong");
        }
    }

    private String formView(Model model, Programme programme) {
        model.addAttribute("programme", programme);
        model.addAttribute("providers", organisations.allProviders());
        model.addAttribute("coordinatorChoices", accounts.peopleWithRole(Role.COORDINATOR));
        return "programme/programme-form";
    }
}
