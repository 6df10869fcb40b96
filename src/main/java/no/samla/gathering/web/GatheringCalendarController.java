package no.samla.gathering.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.calendar.CalendarDocuments;
import no.samla.calendar.CalendarEvent;
import no.samla.gathering.GatheringCalendar;
import no.samla.people.SamlaUser;
import no.samla.programme.ProgrammeAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One gathering as an .ics file to open in a calendar; for those who take part in its programme or see it. */
@Controller
class GatheringCalendarController {

    private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final GatheringCalendar calendar;
    private final CalendarDocuments documents;
    private final ProgrammeAccess access;
    private final AuditTrail audit;

    GatheringCalendarController(
            GatheringCalendar calendar, CalendarDocuments documents, ProgrammeAccess access, AuditTrail audit) {
        this.audit = audit;
        this.calendar = calendar;
        this.documents = documents;
        this.access = access;
    }

    @GetMapping("/gatherings/{id}/calendar.ics")
    ResponseEntity<String> download(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Locale locale) {
        access.member(user, calendar.programmeOf(id));
        CalendarEvent event = calendar.eventOf(id, locale);
        audit.exported(AuditSubject.GATHERING, id, "calendar (ics)");
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("samla-gathering-" + id + ".ics")
                                .build()
                                .toString())
                .body(documents.render(event.summary(), List.of(event)));
    }
}
