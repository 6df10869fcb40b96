package no.samla.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samla.innovation.InnovationCases;
import no.samla.innovation.pitch.Criterion;
import no.samla.innovation.pitch.Pitch;
import no.samla.innovation.pitch.PitchData;
import no.samla.innovation.pitch.Pitches;
import no.samla.innovation.pitch.ScoreSheet;
import no.samla.people.Accounts;
import no.samla.people.SamlaUser;
import no.samla.programme.GatheringSchedule.ScheduledGathering;
import no.samla.programme.Programme;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A finished pitch in Ledergaloppen Innlandet at its last gathering: four cases, a panel of three (Marte Lien from
 * another provider, Hilde Strand from Drammen, and Per Aasen from Stange, who scores only Ringsaker's cases), scores
 * with comments, two cases tied on second place, and the results published. Loading twice changes nothing.
 */
@Component
class DemoPitch {

    static final String TITLE = "Pitch på siste samling";

    private final Pitches pitches;
    private final InnovationCases cases;
    private final Accounts accounts;

    DemoPitch(Pitches pitches, InnovationCases cases, Accounts accounts) {
        this.pitches = pitches;
        this.cases = cases;
        this.accounts = accounts;
    }

    void load(Programme innovation) {
        SamlaUser jonas = accounts.loadUser(DemoAccounts.COORDINATOR_NETWORK).orElseThrow();
        long programmeId = innovation.getId();
        if (pitches.list(jonas, programmeId, PageRequest.of(0, 100)).stream()
                .anyMatch(pitch -> pitch.title().equals(TITLE))) {
            return;
        }
        List<ScheduledGathering> gatherings = pitches.gatheringChoices(programmeId);
        Long last = gatherings.isEmpty()
                ? null
                : gatherings.get(gatherings.size() - 1).id();
        long id = pitches.create(programmeId, new PitchData(TITLE, last, 12), Locale.forLanguageTag("nb"));
        Pitch pitch = pitches.visible(jonas, id);
        Map<String, Long> caseIds = new LinkedHashMap<>();
        for (String title : List.of(
                "Hverdagsrehabilitering hjemme",
                "Felles vikarpool i oppvekst",
                "Digital innsjekk på legevakten",
                "Sømløs overgang fra sykehus til hjem")) {
            long caseId = cases.findByTitle(programmeId, title).orElseThrow().getId();
            pitches.addCase(pitch, caseId);
            caseIds.put(title, caseId);
        }
        SamlaUser marte = accounts.loadUser(DemoAccounts.COORDINATOR_FJORD).orElseThrow();
        SamlaUser hilde =
                accounts.loadUser(DemoAccounts.MUNICIPALITY_ADMIN_DRAMMEN).orElseThrow();
        SamlaUser per =
                accounts.loadUser(DemoAccounts.MUNICIPALITY_ADMIN_STANGE).orElseThrow();
        for (SamlaUser member : List.of(marte, hilde, per)) {
            pitches.addPanelMember(id, member.personId(), null);
        }

        score(
                marte,
                id,
                caseIds.get("Hverdagsrehabilitering hjemme"),
                List.of(5, 5, 5, 4),
                "Tydelig gevinst og godt forankret.");
        score(hilde, id, caseIds.get("Hverdagsrehabilitering hjemme"), List.of(5, 4, 5, 5), null);
        score(marte, id, caseIds.get("Felles vikarpool i oppvekst"), List.of(4, 4, 4, 4), null);
        score(
                hilde,
                id,
                caseIds.get("Felles vikarpool i oppvekst"),
                List.of(4, 3, 4, 4),
                "Husk fagforeningene tidlig.");
        score(
                per,
                id,
                caseIds.get("Felles vikarpool i oppvekst"),
                List.of(4, 5, 4, 4),
                "Dette vil vi gjerne låne i Stange.");
        score(marte, id, caseIds.get("Digital innsjekk på legevakten"), List.of(5, 4, 4, 3), null);
        score(
                hilde,
                id,
                caseIds.get("Digital innsjekk på legevakten"),
                List.of(4, 4, 5, 3),
                "Vis tallene fra piloten.");
        score(marte, id, caseIds.get("Sømløs overgang fra sykehus til hjem"), List.of(3, 3, 4, 3), null);
        score(hilde, id, caseIds.get("Sømløs overgang fra sykehus til hjem"), List.of(4, 2, 3, 3), null);
        score(per, id, caseIds.get("Sømløs overgang fra sykehus til hjem"), List.of(3, 3, 3, 4), "Sykehuset må med.");
        pitches.publish(id, true);
    }

    private void score(SamlaUser member, long pitchId, long caseId, List<Integer> values, String comment) {
        ScoreSheet sheet = pitches.sheet(member, pitchId, caseId);
        Map<Long, Integer> scores = new LinkedHashMap<>();
        List<Criterion> criteria = sheet.criteria();
        for (int index = 0; index < criteria.size(); index++) {
            scores.put(criteria.get(index).id(), values.get(index));
        }
        pitches.score(sheet, member.personId(), scores, comment);
    }
}
