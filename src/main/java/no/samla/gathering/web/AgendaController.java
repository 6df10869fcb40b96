package no.samla.gathering.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import no.samla.gathering.Agenda;
import no.samla.gathering.AgendaItem;
import no.samla.gathering.AgendaItemType;
import no.samla.gathering.Agendas;
import no.samla.people.People;
import no.samla.people.Person;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.system.web.FormSubmission;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A gathering's agenda: everyone who sees the programme reads it; those who manage it add, change, move
 * and delete items. Moving works as a plain form and, with htmx, answers with just the agenda.
 */
@Controller
@RequestMapping("/programmes/{programmeId}/gatherings/{id}/agenda")
class AgendaController {

    private final Agendas agendas;
    private final ProgrammeAccess access;
    private final People people;

    AgendaController(Agendas agendas, ProgrammeAccess access, People people) {
        this.agendas = agendas;
        this.access = access;
        this.people = people;
    }

    @GetMapping
    String show(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            Model model) {
        Programme programme = access.view(user, programmeId);
        model.addAttribute("form", AgendaItemForm.empty());
        return agendaView(model, user, programme, agendas.of(programmeId, id));
    }

    @PostMapping
    String add(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            @Valid @ModelAttribute("form") AgendaItemForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = access.manage(user, programmeId);
        Agenda agenda = agendas.of(programmeId, id);
        if (FormSubmission.run(result, model, response, () -> agendas.add(programmeId, id, form.toData()))) {
            redirect.addFlashAttribute("flash", "agenda.item.added");
            return "redirect:" + agendaUrl(programmeId, id);
        }
        return agendaView(model, user, programme, agenda);
    }

    @PostMapping("/{itemId}/move")
    String move(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(required = false) String direction,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        // Access first: a malformed request must not tell a stranger that the programme exists.
        Programme programme = access.manage(user, programmeId);
        Agendas.Direction way = switch (direction == null ? "" : direction) {
            case "up" -> Agendas.Direction.UP;
            case "down" -> Agendas.Direction.DOWN;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "direction is up or down");
        };
        agendas.move(programmeId, id, itemId, way);
        if (!"true".equals(htmx)) {
            return "redirect:" + agendaUrl(programmeId, id) + "#item-" + itemId;
        }
        model.addAttribute("movedItemId", itemId);
        model.addAttribute("movedDirection", direction);
        agendaView(model, user, programme, agendas.of(programmeId, id));
        return "gathering/agenda :: agenda";
    }

    @GetMapping("/{itemId}")
    String edit(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            @PathVariable long itemId,
            Model model) {
        Programme programme = access.manage(user, programmeId);
        AgendaItem item = agendas.get(programmeId, id, itemId);
        model.addAttribute("form", AgendaItemForm.of(item));
        return itemView(model, programme, agendas.of(programmeId, id), item);
    }

    @PostMapping("/{itemId}")
    String update(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            @PathVariable long itemId,
            @Valid @ModelAttribute("form") AgendaItemForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = access.manage(user, programmeId);
        AgendaItem item = agendas.get(programmeId, id, itemId);
        Agenda agenda = agendas.of(programmeId, id);
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> agendas.update(programmeId, id, itemId, form.version(), form.toData()))) {
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:" + agendaUrl(programmeId, id) + "#item-" + itemId;
        }
        return itemView(model, programme, agenda, item);
    }

    @PostMapping("/{itemId}/delete")
    String delete(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            @PathVariable long itemId,
            RedirectAttributes redirect) {
        access.manage(user, programmeId);
        agendas.delete(programmeId, id, itemId);
        redirect.addFlashAttribute("flash", "agenda.item.deleted");
        return "redirect:" + agendaUrl(programmeId, id);
    }

    private String agendaView(Model model, SamlaUser user, Programme programme, Agenda agenda) {
        boolean mayManage = access.canManage(user, programme);
        model.addAttribute("mayManage", mayManage);
        common(model, programme, agenda);
        return "gathering/agenda";
    }

    private String itemView(Model model, Programme programme, Agenda agenda, AgendaItem item) {
        common(model, programme, agenda);
        model.addAttribute("item", item);
        return "gathering/agenda-item-form";
    }

    /**
     * What both pages show: the agenda, the names of the responsible people, and the choices of the item
     * form (the programme's coordinators, plus anyone already responsible for an item).
     */
    private void common(Model model, Programme programme, Agenda agenda) {
        Set<Long> ids = new TreeSet<>(programme.getCoordinatorIds());
        agenda.days()
                .forEach(day -> day.items().stream()
                        .map(timed -> timed.item().getResponsiblePersonId())
                        .filter(java.util.Objects::nonNull)
                        .forEach(ids::add));
        Map<Long, String> names = new LinkedHashMap<>();
        people.getAll(ids).stream()
                .sorted(java.util.Comparator.comparing(Person::getFullName))
                .forEach(person -> names.put(person.getId(), person.getFullName()));
        model.addAttribute("programme", programme);
        model.addAttribute("gathering", agenda.gathering());
        model.addAttribute("agenda", agenda);
        model.addAttribute("names", names);
        model.addAttribute("types", AgendaItemType.values());
        model.addAttribute(
                "dayNumbers",
                IntStream.rangeClosed(1, agenda.gathering().getFormat().calendarDays())
                        .boxed()
                        .toList());
    }

    private static String agendaUrl(long programmeId, long gatheringId) {
        return "/programmes/" + programmeId + "/gatherings/" + gatheringId + "/agenda";
    }
}
