package no.samla.journal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samla.journal.LogEntries;
import no.samla.people.SamlaUser;
import no.samla.programme.ParticipantPanel;
import no.samla.programme.ParticipantProgramme;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.stereotype.Component;

/** On a leader's programme page: their latest log entries, and the way to write a new one. */
@Component
class StartPageEntriesPanel implements ParticipantPanel {

    /** The panel lists this many entries, the latest first. */
    static final int SHOWN = 5;

    /** The first line of "what I did" is cut to this many characters. */
    static final int FIRST_LINE_MAX = 120;

    private final LogEntries entries;

    StartPageEntriesPanel(LogEntries entries) {
        this.entries = entries;
    }

    @Override
    public int order() {
        return 50;
    }

    /** One statement in the page's read batch: the latest entries with the start of their latest text. */
    @Override
    public Deferred<Optional<Content>> content(SamlaUser user, ParticipantProgramme programme, ReadBatch reads) {
        return entries.recent(user.personId(), programme.id(), SHOWN, reads).map(rows -> {
            List<RecentEntry> recent = rows.stream()
                    .map(row -> new RecentEntry(row.id(), row.date(), firstLine(row.summary())))
                    .toList();
            return Optional.of(new Content("journal/start-page :: entries", Map.of("entries", recent)));
        });
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
