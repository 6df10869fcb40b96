package no.samla.gathering.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import no.samla.gathering.Agenda;
import no.samla.gathering.Agendas;
import no.samla.gathering.Gathering;
import no.samla.gathering.GatheringLinks;
import no.samla.gathering.Material;
import no.samla.gathering.MaterialKind;
import no.samla.gathering.Materials;
import no.samla.gathering.ParticipantGatherings;
import no.samla.people.People;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.system.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A gathering as those who take part see it: where and when, who facilitates, the agenda and the material before
 * and after, and the material's files. Open to everyone who takes part in the programme in any role and to those
 * who may view the programme; everyone else is told the gathering does not exist.
 */
@Controller
class GatheringPageController {

    private final ParticipantGatherings participantGatherings;
    private final Agendas agendas;
    private final Materials materials;
    private final ProgrammeAccess access;
    private final People people;
    private final List<GatheringLinks> links;

    GatheringPageController(
            ParticipantGatherings participantGatherings,
            Agendas agendas,
            Materials materials,
            ProgrammeAccess access,
            People people,
            List<GatheringLinks> links) {
        this.links = links;
        this.participantGatherings = participantGatherings;
        this.agendas = agendas;
        this.materials = materials;
        this.access = access;
        this.people = people;
    }

    @GetMapping("/gatherings/{id}")
    String show(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        long programmeId = programmeOf(id);
        Programme programme = access.member(user, programmeId);
        Agenda agenda = agendas.of(programmeId, id);
        Gathering gathering = agenda.gathering();
        Set<Long> ids = new TreeSet<>(gathering.getFacilitatorIds());
        agenda.days()
                .forEach(day -> day.items().stream()
                        .map(timed -> timed.item().getResponsiblePersonId())
                        .filter(Objects::nonNull)
                        .forEach(ids::add));
        Map<Long, String> names = new LinkedHashMap<>();
        people.getAll(ids).forEach(person -> names.put(person.getId(), person.getFullName()));
        List<String> facilitators = gathering.getFacilitatorIds().stream()
                .map(names::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.naturalOrder())
                .toList();
        List<Material> all = materials.of(gathering);
        model.addAttribute("programme", programme);
        model.addAttribute("gathering", gathering);
        model.addAttribute("agenda", agenda);
        model.addAttribute("names", names);
        model.addAttribute("facilitators", facilitators);
        model.addAttribute("before", ofKind(all, MaterialKind.BEFORE));
        model.addAttribute("after", ofKind(all, MaterialKind.AFTER));
        model.addAttribute("mayManage", access.canManage(user, programme));
        model.addAttribute(
                "links",
                links.stream()
                        .flatMap(offer -> offer.linksFor(user, programme, gathering).stream())
                        .toList());
        return "gathering/gathering";
    }

    /** A file of the gathering's material, always as a download and never interpreted by the browser. */
    @GetMapping("/gatherings/{id}/material/{materialId}")
    void download(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long materialId,
            HttpServletResponse response) {
        access.member(user, programmeOf(id));
        materials.download(id, materialId, (head, content) -> {
            response.setContentType(head.contentType());
            response.setContentLengthLong(head.sizeBytes());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(head.fileName()));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            content.transferTo(response.getOutputStream());
        });
    }

    private long programmeOf(long gatheringId) {
        return participantGatherings
                .programmeOf(gatheringId)
                .orElseThrow(() -> new NotFoundException("Gathering", gatheringId));
    }

    private static List<Material> ofKind(List<Material> all, MaterialKind kind) {
        return all.stream().filter(material -> material.getKind() == kind).toList();
    }

    /**
     * {@code attachment} with an ASCII stand-in for old clients and the real name as RFC 5987 {@code filename*}.
     */
    static String attachment(String fileName) {
        StringBuilder ascii = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean attrChar = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attrChar) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
