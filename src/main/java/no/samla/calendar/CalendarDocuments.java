package no.samla.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Writes iCalendar (RFC 5545) documents: one gathering to download, or a person's whole feed. */
@Component
public class CalendarDocuments {

    /** Samla's times are wall-clock times in Oslo. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    /** How often subscribed calendars are asked to look for changes (most decide for themselves). */
    static final Duration REFRESH = Duration.ofHours(1);

    private static final VTimeZone OSLO = osloTimeZone();

    private final String configuredBaseUrl;

    CalendarDocuments(@Value("${samla.base-url:}") String configuredBaseUrl) {
        this.configuredBaseUrl = configuredBaseUrl == null ? "" : configuredBaseUrl.strip();
    }

    /**
     * Where Samla is reached from outside, without a trailing slash: {@code samla.base-url} if set (behind a
     * proxy that does not pass on the host), otherwise the current request's scheme, host and context path.
     */
    public String baseUrl() {
        String base = configuredBaseUrl.isEmpty()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : configuredBaseUrl;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The iCalendar text of the events, in a calendar named {@code name}, with links to Samla's pages. */
    public String render(String name, List<CalendarEvent> events) {
        return render(name, events, baseUrl());
    }

    /** As {@link #render(String, List)}, with links under {@code baseUrl}, for documents made outside a request. */
    public String render(String name, List<CalendarEvent> events, String baseUrl) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Samla//Samla//NB"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", ZONE.getId()));
        calendar.add(new RefreshInterval(
                new ParameterList(List.of(net.fortuna.ical4j.model.parameter.Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        if (!events.isEmpty()) {
            calendar.add(OSLO.copy());
        }
        for (CalendarEvent event : events) {
            calendar.add(vevent(event, baseUrl));
        }
        StringWriter out = new StringWriter();
        try {
            // Not validated on the way out: the tests parse what is written.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    private static VEvent vevent(CalendarEvent event, String baseUrl) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new DtStamp(event.changedAt()));
        vevent.add(new LastModified(event.changedAt()));
        vevent.add(new DtStart<>(event.start().atZone(ZONE)));
        vevent.add(new DtEnd<>(event.end().atZone(ZONE)));
        vevent.add(new Summary(event.summary()));
        if (event.location() != null && !event.location().isBlank()) {
            vevent.add(new Location(event.location()));
        }
        String url = event.path() == null ? null : baseUrl + event.path();
        List<String> lines = new java.util.ArrayList<>(event.descriptionLines());
        if (url != null) {
            lines.add(url);
            vevent.add(new Url(URI.create(url)));
        }
        if (!lines.isEmpty()) {
            vevent.add(new Description(String.join("\n", lines)));
        }
        vevent.add(
                switch (event.status()) {
                    case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
                    case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
                    case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
                });
        return vevent;
    }

    /**
     * The VTIMEZONE of Europe/Oslo. ical4j's bundled definition for Oslo is Europe/Berlin's (the tz database
     * made Oslo a link to Berlin), with Berlin's TZID and history; Samla keeps only the rules in force
     * (daylight time from the last Sunday of March to the last Sunday of October since 1996), under Oslo's
     * own TZID, so that calendars show the zone people expect. A test checks it against java.time.
     */
    static VTimeZone osloTimeZone() {
        VTimeZone bundled = TimeZoneRegistryFactory.getInstance()
                .createRegistry()
                .getTimeZone(ZONE.getId())
                .getVTimeZone();
        List<Observance> current = bundled.getObservances().stream()
                .filter(CalendarDocuments::stillInForce)
                .map(observance -> (Observance) observance.copy())
                .toList();
        if (current.size() != 2) {
            throw new IllegalStateException("Expected a standard and a daylight rule for " + ZONE + ": " + current);
        }
        return new VTimeZone(new PropertyList(List.of(new TzId(ZONE.getId()))), new ComponentList<>(current));
    }

    private static boolean stillInForce(Observance observance) {
        return observance.getProperties(Property.RRULE).stream()
                .anyMatch(rule -> ((RRule<?>) rule).getRecur().getUntil() == null);
    }
}
