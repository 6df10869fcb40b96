package no.samla.calendar.web;

import java.util.Map;
import java.util.Optional;
import no.samla.calendar.CalendarFeeds;
import no.samla.people.SamlaUser;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import no.samla.system.web.HomeSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** On the start page of everyone with something for a calendar: a way to their calendar feed. */
@Component
class CalendarHomeSection implements HomeSection {

    private final CalendarFeeds feeds;

    CalendarHomeSection(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Deferred<Optional<Content>> content(Authentication user, ReadBatch reads) {
        if (!(user.getPrincipal() instanceof SamlaUser samlaUser)) {
            return Deferred.none();
        }
        return feeds.hasEvents(samlaUser.personId(), reads)
                .with(
                        feeds.of(samlaUser.personId(), reads),
                        (hasEvents, feed) -> hasEvents
                                ? Optional.of(
                                        new Content("calendar/home :: section", Map.of("subscribed", feed.isPresent())))
                                : Optional.empty());
    }
}
