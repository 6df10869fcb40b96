package no.samla.calendar;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    /** Whose feed a token hash opens; a disabled account's feed opens nothing. */
    @Query(
            nativeQuery = true,
            value = "select f.person_id from calendar_feed f join account a on a.person_id = f.person_id"
                    + " where f.token_hash = :hash and a.enabled")
    Optional<Long> personWithToken(@Param("hash") String tokenHash);

    /** Notes a fetch, at most once per interval, so that polling calendars do not write on every request. */
    @Modifying
    @Query(
            nativeQuery = true,
            value = "update calendar_feed set last_fetched_at = :now where person_id = :person"
                    + " and (last_fetched_at is null or last_fetched_at < :since)")
    int markFetched(@Param("person") long personId, @Param("now") Instant now, @Param("since") Instant since);
}
