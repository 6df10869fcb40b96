package no.samla.calendar.web;

import java.util.Locale;
import no.samla.calendar.CalendarDocuments;
import no.samla.calendar.CalendarFeeds;
import no.samla.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's calendar feed, for calendar servers: no login, the token in the address is the secret. An
 * unknown or revoked token is "not found". Texts are in the language the request asks for, bokmål without one.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final CalendarDocuments documents;
    private final MessageSource messages;

    CalendarFeedController(CalendarFeeds feeds, CalendarDocuments documents, MessageSource messages) {
        this.feeds = feeds;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping("/calendar/feed/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, Locale locale) {
        long personId = feeds.open(token).orElseThrow(() -> new NotFoundException("Calendar feed", "token"));
        String body = documents.render(
                messages.getMessage("calendar.feed.name", null, locale), feeds.eventsOf(personId, locale));
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                // The address is a secret: no shared cache may keep it.
                .cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex")
                .body(body);
    }
}
