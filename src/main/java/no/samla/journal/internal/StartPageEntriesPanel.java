package no.samla.journal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samla.people.SamlaUser;
import no.samla.programme.ParticipantPanel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On a leader's programme page: their latest log entries, and the way to write a new one. */
@Component
class StartPageEntriesPanel implements ParticipantPanel {

    /** The panel lists this many entries, the latest first. */
    static final int SHOWN = 5;

    /** The first line of "what I did" is cut to this many characters. */
    static final int FIRST_LINE_MAX = 120;

    private final JdbcClient jdbc;

    StartPageEntriesPanel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 50;
    }

    /** One query: the latest entries with the first line of their latest text. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Content> content(SamlaUser user, long programmeId) {
        List<RecentEntry> entries = jdbc.sql("""
                        select e.id, e.entry_date, v.did
                        from log_entry e
                        left join lateral (
                            select lv.did from log_entry_version lv where lv.entry_id = e.id
                            order by lv.number desc limit 1) v on true
                        where e.person_id = :person and e.programme_id = :programme
                        order by e.entry_date desc, e.id desc
                        limit :limit
                        """)
                .param("person", user.personId())
                .param("programme", programmeId)
                .param("limit", SHOWN)
                .query((rs, n) -> new RecentEntry(
                        rs.getLong("id"), rs.getObject("entry_date", LocalDate.class), firstLine(rs.getString("did"))))
                .list();
        return Optional.of(new Content("journal/start-page :: entries", Map.of("entries", entries)));
    }

    /** The first line that has text, cut at a word where it is long; empty when there is none. */
    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("").strip();
        if (line.length() <= FIRST_LINE_MAX) {
            return line;
        }
        int cut = line.lastIndexOf(' ', FIRST_LINE_MAX);
        return line.substring(0, cut > FIRST_LINE_MAX / 2 ? cut : FIRST_LINE_MAX) + "…";
    }

    /** An entry as the panel lists it. */
    record RecentEntry(long id, LocalDate entryDate, String firstLine) {}
}
