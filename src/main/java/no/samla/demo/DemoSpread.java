package no.samla.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samla.innovation.InnovationCase;
import no.samla.innovation.InnovationCases;
import no.samla.innovation.spread.CaseSpread;
import no.samla.journal.LogEntries;
import no.samla.journal.LogEntry;
import no.samla.journal.LogEntryData;
import no.samla.journal.LogEntryRow;
import no.samla.people.Accounts;
import no.samla.people.People;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;
import org.springframework.stereotype.Component;

/**
 * How cases spread in the demo: Stange shares its innovation cases and Drammen does not (nobody has decided), so
 * Drammen's leaders find Stange's cases in the library but Stange's do not find Drammen's. Ringsaker and Levanger
 * follow Stange's "Hverdagsrehabilitering hjemme", and Ringsaker has taken it into use. One of Kari Nordmann's log
 * entries is about her case. Loading twice changes nothing.
 */
@Component
class DemoSpread {

    static final String SPREAD_CASE = "Hverdagsrehabilitering hjemme";

    private final CaseSpread spread;
    private final InnovationCases cases;
    private final LogEntries entries;
    private final Accounts accounts;
    private final People people;

    DemoSpread(CaseSpread spread, InnovationCases cases, LogEntries entries, Accounts accounts, People people) {
        this.spread = spread;
        this.cases = cases;
        this.entries = entries;
        this.accounts = accounts;
        this.people = people;
    }

    void load(Programme innovation, Programme school, Map<String, Long> municipality, Map<String, List<Long>> leaders) {
        SamlaUser stangeAdmin =
                accounts.loadUser(DemoAccounts.MUNICIPALITY_ADMIN_STANGE).orElseThrow();
        spread.share(stangeAdmin, municipality.get("3413"), true);

        InnovationCase rehabilitation =
                cases.findByTitle(innovation.getId(), SPREAD_CASE).orElseThrow();
        SamlaUser levanger = leader(leaders.get("5037").get(0));
        spread.follow(levanger, rehabilitation.getId());
        SamlaUser ringsaker = leader(leaders.get("3411").get(0));
        spread.adopt(
                ringsaker,
                rehabilitation.getId(),
                spread.today().minusWeeks(2),
                "Tatt i bruk i hjemmetjenesten sone nord; vi bruker treningsplanen og sjekklisten fra Stange.");

        SamlaUser kari = accounts.loadUser(DemoAccounts.LEADER_DRAMMEN).orElseThrow();
        long kariCase = cases.findByTitle(school.getId(), DemoInnovation.KARI_CASE)
                .orElseThrow()
                .getId();
        List<LogEntryRow> recent = entries.recent(kari.personId(), school.getId(), 2);
        LogEntry entry =
                entries.own(kari.personId(), recent.get(recent.size() - 1).id());
        if (entry.innovationCaseId() == null) {
            entries.edit(kari.personId(), entry.id(), entry.versionNumber(), aboutCase(entry, kariCase), null);
        }
    }

    private SamlaUser leader(long personId) {
        return accounts.loadUser(people.get(personId).getEmail()).orElseThrow();
    }

    /** The entry as it is, now about the case. */
    private static LogEntryData aboutCase(LogEntry entry, long caseId) {
        LocalDate date = entry.date();
        return new LogEntryData(
                date,
                entry.text(),
                entry.assignmentId(),
                entry.developmentProjectId() != null,
                entry.behaviour(),
                entry.networkMeetingId(),
                entry.sharing(),
                caseId);
    }
}
