package no.samla.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.samla.system.SecretTokens;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feeds. A feed's address carries a token of 32 random bytes (URL-safe Base64); only its
 * SHA-256 is stored, so the address is shown once when it is made, and a lost one is replaced by a new one
 * (which stops the old). The events come from every {@link CalendarSource}.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

    /** Longer than any token Samla makes; longer input is not even hashed. */
    private static final int MAX_TOKEN_LENGTH = 64;

    /** Tokens given to {@link #register} must be at least this long, to stay unguessable. */
    private static final int MIN_TOKEN_LENGTH = 32;

    private static final Duration FETCH_NOTED_EVERY = Duration.ofHours(1);

    private final CalendarFeedRepository feeds;
    private final JdbcTemplate jdbc;
    private final List<CalendarSource> sources;
    private final Clock clock;

    CalendarFeeds(CalendarFeedRepository feeds, JdbcTemplate jdbc, List<CalendarSource> sources, Clock clock) {
        this.feeds = feeds;
        this.jdbc = jdbc;
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    /** A person's feed as they may see it: not its address, which is not kept. */
    public record Feed(Instant createdAt, Instant lastFetchedAt) {}

    /** One plain statement: every start page with a calendar asks it, and Hibernate's find cost ten times more. */
    public Optional<Feed> of(long personId) {
        return of(personId, ReadBatch.immediate(jdbc)).get();
    }

    /** {@link #of(long)} as a read of a page's batch. */
    public Deferred<Optional<Feed>> of(long personId, ReadBatch reads) {
        return reads.query(
                        "select created_at, last_fetched_at from calendar_feed where person_id = ?",
                        (row, n) -> {
                            Timestamp fetched = row.getTimestamp("last_fetched_at");
                            return new Feed(
                                    row.getTimestamp("created_at").toInstant(),
                                    fetched == null ? null : fetched.toInstant());
                        },
                        personId)
                .map(rows -> rows.stream().findFirst());
    }

    /** Makes the person's feed, or a new address for it (the old one stops); returns the token, only this once. */
    @Transactional
    public String create(long personId) {
        String token = newToken();
        register(personId, token);
        return token;
    }

    /**
     * Gives the person's feed this token; for the demo data, whose leader has a feed with a known address.
     * Everything else uses {@link #create}.
     */
    @Transactional
    public void register(long personId, String token) {
        if (token == null || token.length() < MIN_TOKEN_LENGTH || token.length() > MAX_TOKEN_LENGTH) {
            throw new IllegalArgumentException(
                    "A feed token has " + MIN_TOKEN_LENGTH + " to " + MAX_TOKEN_LENGTH + " characters");
        }
        Instant now = clock.instant();
        feeds.findById(personId)
                .ifPresentOrElse(
                        feed -> feed.renew(hash(token), now),
                        () -> feeds.save(new CalendarFeed(personId, hash(token), now)));
    }

    /** Stops the person's feed; its address gives "not found" from now on. */
    @Transactional
    public void revoke(long personId) {
        feeds.findById(personId).ifPresent(feeds::delete);
    }

    /** Whose feed the token opens, noting the fetch; empty for an unknown or revoked token. */
    @Transactional
    public Optional<Long> open(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        Optional<Long> person = feeds.personWithToken(hash(token));
        Instant now = clock.instant();
        person.ifPresent(id -> feeds.markFetched(id, now, now.minus(FETCH_NOTED_EVERY)));
        return person;
    }

    /** The person's events from every source, in order of start. */
    public List<CalendarEvent> eventsOf(long personId, Locale locale) {
        List<CalendarEvent> events = new ArrayList<>();
        for (CalendarSource source : sources) {
            events.addAll(source.eventsOf(personId, locale));
        }
        events.sort(Comparator.comparing(CalendarEvent::start).thenComparing(CalendarEvent::uid));
        return events;
    }

    /** Whether the person has anything for a calendar now. */
    public boolean hasEvents(long personId) {
        return hasEvents(personId, ReadBatch.immediate(jdbc)).get();
    }

    /**
     * {@link #hasEvents(long)} as reads of a page's batch. The sources are asked in turn and the first that has any
     * ends the question: the first goes with the page's other reads, each further one in a round trip of its own. Asked
     * all at once, the network meetings' check alone took 4 ms of PostgreSQL's time on every start page.
     */
    public Deferred<Boolean> hasEvents(long personId, ReadBatch reads) {
        Deferred<Boolean> found = Deferred.of(false);
        for (CalendarSource source : sources) {
            found = found.ready() && !found.get()
                    ? source.hasEvents(personId, reads)
                    : reads.after(found, any -> any ? Deferred.of(true) : source.hasEvents(personId, reads));
        }
        return found;
    }

    static String newToken() {
        return SecretTokens.newToken();
    }

    static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
