package no.samla.calendar.internal;

import java.util.List;
import java.util.Set;
import no.samla.system.privacy.ErasureCounts;
import no.samla.system.privacy.ErasureLine;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's calendar feed: when it was made and last fetched (the token's hash is a secret and is not exported).
 * Erasure deletes it, so the address stops answering.
 */
@Component
class CalendarPersonalData implements PersonalDataHolder {

    private static final String FEED = "calendar_feed where person_id = ?";

    private final JdbcTemplate jdbc;

    CalendarPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of("calendar_feed.person_id");
    }

    @Override
    public void export(long personId, PersonalDataExport export) {
        export.add(
                "calendar",
                "calendar-feed",
                jdbc.queryForList("select created_at, last_fetched_at from " + FEED, personId));
    }

    @Override
    public List<ErasureLine> previewErasure(long personId) {
        return ErasureCounts.of(jdbc, personId)
                .deleted("calendar-feed", FEED, "personal-setting")
                .lines();
    }

    @Override
    public void erase(long personId) {
        jdbc.update("delete from " + FEED, personId);
    }
}
