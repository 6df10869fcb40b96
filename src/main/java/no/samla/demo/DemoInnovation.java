package no.samla.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samla.innovation.CaseData;
import no.samla.innovation.CaseHealth;
import no.samla.innovation.CaseOwner;
import no.samla.innovation.CaseStatus;
import no.samla.innovation.CaseStep;
import no.samla.innovation.InnovationCase;
import no.samla.innovation.InnovationCases;
import no.samla.innovation.OwnerKind;
import no.samla.innovation.Roadmap;
import no.samla.people.Accounts;
import no.samla.people.SamlaUser;
import no.samla.programme.Enrolments;
import no.samla.programme.LeaderGroup;
import no.samla.programme.Programme;
import org.springframework.stereotype.Component;

/**
 * A dozen innovation cases spread over the roadmap: six for the leader groups and municipalities of Ledergaloppen
 * Innlandet, six in Drammen's leadership school (Kari Nordmann is on the team of one). Steps of passed phases are
 * ticked, phase changes are three weeks apart, one case skipped Innsikt, and every health colour is used. Then
 * {@link DemoPitch} adds a finished pitch in Ledergaloppen Innlandet. Loading twice changes nothing.
 */
@Component
class DemoInnovation {

    static final String KARI_CASE = "Kortere ventetid på barnehageplass";

    private final InnovationCases cases;
    private final Roadmap roadmap;
    private final Enrolments enrolments;
    private final Accounts accounts;
    private final Clock clock;
    private final DemoBenefits benefits;
    private final DemoSpread spread;
    private final DemoPitch pitch;
    private final DemoMethodTools methodTools;

    DemoInnovation(
            InnovationCases cases,
            Roadmap roadmap,
            Enrolments enrolments,
            Accounts accounts,
            Clock clock,
            DemoBenefits benefits,
            DemoSpread spread,
            DemoPitch pitch,
            DemoMethodTools methodTools) {
        this.cases = cases;
        this.roadmap = roadmap;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.clock = clock;
        this.benefits = benefits;
        this.spread = spread;
        this.pitch = pitch;
        this.methodTools = methodTools;
    }

    void load(Programme innovation, Programme school, Map<String, Long> municipality, Map<String, List<Long>> leaders) {
        if (cases.findByTitle(school.getId(), KARI_CASE).isPresent()) {
            pitch.load(innovation);
            return;
        }
        SamlaUser jonas = accounts.loadUser(DemoAccounts.COORDINATOR_NETWORK).orElseThrow();
        SamlaUser marte = accounts.loadUser(DemoAccounts.COORDINATOR_FJORD).orElseThrow();
        Map<Long, Long> groupOf = enrolments.leaderGroups(innovation.getId(), null).stream()
                .collect(Collectors.toMap(
                        group -> group.getProgrammeMunicipality().getMunicipalityId(), LeaderGroup::getId));
        long stange = municipality.get("3413");
        long ringsaker = municipality.get("3411");
        List<Long> stangeLeaders = leaders.get("3413");
        List<Long> ringsakerLeaders = leaders.get("3411");

        add(
                jonas,
                innovation,
                "Digital innsjekk på legevakten",
                new CaseOwner(OwnerKind.LEADER_GROUP, groupOf.get(stange)),
                first(stangeLeaders, 3),
                "Pasientene venter lenge i skranken, og sykepleierne bruker tid på registrering i stedet for triage.",
                "Innbyggere som oppsøker legevakten, og de ansatte i mottaket.",
                "Halvere tiden fra ankomst til triage innen utgangen av 2027.",
                3,
                false,
                CaseStatus.ACTIVE,
                null,
                CaseHealth.GREEN,
                null);
        add(
                jonas,
                innovation,
                "Felles vikarpool i oppvekst",
                new CaseOwner(OwnerKind.LEADER_GROUP, groupOf.get(ringsaker)),
                first(ringsakerLeaders, 3),
                "Barnehager og skoler ringer hver for seg etter vikarer hver morgen, og mange dager står stillinger tomme.",
                "Barn og elever, og lederne som i dag bruker morgenen på å skaffe vikarer.",
                "Alle fravær over én dag dekket av kjente vikarer; mindre tid til vikarinnleie for lederne.",
                1,
                false,
                CaseStatus.ACTIVE,
                null,
                CaseHealth.AMBER,
                "Fagforeningene er ikke med ennå; vi må forankre bedre før innsiktsarbeidet kan gå videre.");
        add(
                jonas,
                innovation,
                "Hverdagsrehabilitering hjemme",
                new CaseOwner(OwnerKind.MUNICIPALITY, stange),
                rest(stangeLeaders, 3, 2),
                "Mange eldre får hjemmetjenester som gjør ting for dem, i stedet for å trene dem til å klare seg selv.",
                "Hjemmeboende eldre med nylig funksjonsfall.",
                "Flere eldre klarer daglige gjøremål selv etter tolv uker; færre vedtakstimer per bruker.",
                4,
                false,
                CaseStatus.ACTIVE,
                null,
                CaseHealth.GREEN,
                null);
        add(
                jonas,
                innovation,
                "Sømløs overgang fra sykehus til hjem",
                new CaseOwner(OwnerKind.MUNICIPALITY, ringsaker),
                rest(ringsakerLeaders, 3, 2),
                "Utskrivninger på fredag ettermiddag gir reinnleggelser fordi hjemmetjenesten ikke er klar.",
                "Pasienter som skrives ut fra sykehuset til hjemmet, og deres pårørende.",
                "Ingen utskrivninger uten avtalt første besøk; færre reinnleggelser innen 30 dager.",
                2,
                false,
                CaseStatus.ACTIVE,
                null,
                CaseHealth.RED,
                "Prototypen av utskrivningssamtalen stoppet opp fordi sykehuset ikke har satt av folk.");
        add(
                jonas,
                innovation,
                "Ungdomsråd som medskapere",
                new CaseOwner(OwnerKind.LEADER_GROUP, groupOf.get(stange)),
                first(stangeLeaders, 2),
                "Ungdom blir hørt for sent, når tiltakene allerede er bestemt.",
                "Ungdom mellom 13 og 19 år i kommunen.",
                "Ungdomsrådet er med fra start i minst tre tjenesteutviklingsprosjekter i året.",
                0,
                false,
                CaseStatus.PAUSED,
                "Venter på nytt ungdomsråd etter valget i høst.",
                CaseHealth.GREEN,
                null);
        add(
                jonas,
                innovation,
                "Velferdsteknologi som første valg",
                new CaseOwner(OwnerKind.LEADER_GROUP, groupOf.get(ringsaker)),
                first(ringsakerLeaders, 2),
                "Velferdsteknologi ble vurdert sist, etter at vedtaket om tjenester var fattet.",
                "Innbyggere som søker om helse- og omsorgstjenester.",
                "Alle søknader vurderes for teknologi først; færre nattbesøk.",
                5,
                false,
                CaseStatus.IN_OPERATION,
                null,
                CaseHealth.GREEN,
                null);

        List<Long> drammen = leaders.get("3301");
        long kari = accounts.loadUser(DemoAccounts.LEADER_DRAMMEN).orElseThrow().personId();
        long drammenId = municipality.get("3301");
        List<Long> others = drammen.stream().filter(id -> id != kari).toList();
        add(
                marte,
                school,
                KARI_CASE,
                new CaseOwner(OwnerKind.MUNICIPALITY, drammenId),
                Set.of(kari, others.get(0), others.get(1)),
                "Foreldre venter i måneder på svar om barnehageplass, og mange ringer oss flere ganger.",
                "Foreldre som søker barnehageplass utenom hovedopptaket.",
                "Svar innen tre uker på alle søknader; halvparten så mange telefoner.",
                1,
                false,
                CaseStatus.ACTIVE,
                null,
                CaseHealth.AMBER,
                "Intervjuene med foreldre tar lengre tid enn planlagt.");
        add(
                marte,
                school,
                "Digital timebestilling på helsestasjonen",
                new CaseOwner(OwnerKind.LEADER, others.get(2)),
                Set.of(others.get(2), others.get(3)),
                "Alle timer bestilles på telefon i en kort telefontid.",
                "Foreldre med barn under seks år.",
                "Minst 70 prosent av timene bestilles digitalt innen et år.",
                2,
                true,
                CaseStatus.ACTIVE,
                null,
                CaseHealth.GREEN,
                null);
        add(
                marte,
                school,
                "Lavterskel trening for seniorer",
                new CaseOwner(OwnerKind.LEADER, others.get(4)),
                Set.of(others.get(4)),
                "Mange seniorer trener ikke fordi tilbudene er dyre eller langt unna.",
                "Hjemmeboende seniorer over 67 år.",
                "Tre nye treningsgrupper i nærmiljøet med minst ti faste deltakere hver.",
                0,
                false,
                CaseStatus.ACTIVE,
                null,
                CaseHealth.GREEN,
                null);
        add(
                marte,
                school,
                "Mindre sykefravær i hjemmesykepleien",
                new CaseOwner(OwnerKind.LEADER, others.get(5)),
                Set.of(others.get(5), others.get(6)),
                "Sykefraværet i hjemmesykepleien er dobbelt så høyt som i resten av kommunen.",
                "Ansatte i hjemmesykepleien, og brukerne som merker vikarbruken.",
                "Sykefraværet ned fra 12 til 8 prosent på to år.",
                3,
                false,
                CaseStatus.ACTIVE,
                null,
                CaseHealth.RED,
                "Piloten med faste team ble avbrutt i to uker på grunn av turnusproblemer.");
        add(
                marte,
                school,
                "Trygg skolevei uten bil",
                new CaseOwner(OwnerKind.LEADER, others.get(7)),
                Set.of(others.get(7)),
                "Mange barn blir kjørt til skolen, og trafikken rundt skolen er farlig om morgenen.",
                "Elever på barnetrinnet og foreldrene deres.",
                "Halvparten så mange biler ved skoleporten om morgenen.",
                1,
                false,
                CaseStatus.STOPPED,
                "Samferdselsetaten startet et eget prosjekt med samme mål; vi slutter oss til det.",
                CaseHealth.AMBER,
                "Stoppet for å unngå dobbeltarbeid.");
        add(
                marte,
                school,
                "Felles mottak av nyansatte",
                new CaseOwner(OwnerKind.MUNICIPALITY, drammenId),
                Set.of(others.get(8), others.get(9)),
                "Nyansatte får svært ulik opplæring, og mange slutter i løpet av det første året.",
                "Nyansatte i alle tjenester i kommunen.",
                "Alle nyansatte får samme første uke; færre som slutter det første året.",
                0,
                false,
                CaseStatus.ACTIVE,
                null,
                CaseHealth.GREEN,
                null);
        benefits.load(innovation, school);
        spread.load(innovation, school, municipality, leaders);
        pitch.load(innovation);
        methodTools.load(innovation, school);
    }

    /**
     * Creates the case and walks it to the phase at {@code phaseIndex}, three weeks per phase, ticking the steps of the
     * phases it passes and the first step of its current phase; a case that skips moves from the first phase straight
     * to the third.
     */
    private void add(
            SamlaUser coordinator,
            Programme programme,
            String title,
            CaseOwner owner,
            Set<Long> team,
            String need,
            String targetGroup,
            String goals,
            int phaseIndex,
            boolean skipInsight,
            CaseStatus status,
            String statusReason,
            CaseHealth health,
            String healthReason) {
        LocalDate today = LocalDate.now(clock.withZone(DemoCoaching.OSLO));
        LocalDate started = today.minusWeeks(3L * (phaseIndex + 1));
        InnovationCase created = cases.create(
                coordinator,
                programme.getId(),
                new CaseData(title, need, targetGroup, goals, status, statusReason, health, healthReason),
                owner,
                team,
                started);
        List<Roadmap.RoadmapPhase> phases = roadmap.withSteps();
        LocalDate decided = started;
        for (int index = 0; index <= phaseIndex; index++) {
            Roadmap.RoadmapPhase phase = phases.get(index);
            boolean skipped = skipInsight && index == 1;
            if (skipped) {
                continue;
            }
            if (index > 0) {
                decided = decided.plusWeeks(3);
                cases.changePhase(
                        coordinator,
                        created.getId(),
                        cases.visible(coordinator, created.getId()).getVersion(),
                        phase.phase().getId(),
                        decided,
                        index == 2 && skipInsight ? "Lederen og enhetsledergruppen" : "Teamet",
                        index == 2 && skipInsight
                                ? "Vi hadde allerede innsikt fra brukerundersøkelsen i fjor, så vi gikk rett på"
                                        + " tjenesteutvikling."
                                : null);
            }
            int ticks = index < phaseIndex ? phase.steps().size() : 1;
            for (int step = 0; step < ticks; step++) {
                cases.recordStep(
                        coordinator,
                        created.getId(),
                        phase.steps().get(step).getId(),
                        CaseStep.NOT_STARTED,
                        true,
                        step == 0 ? "Gjort på teammøtet." : null,
                        step == 0 && index == 0 ? "https://samla.example/dokumenter/" + created.getId() : null);
            }
        }
    }

    private static Set<Long> first(List<Long> leaders, int count) {
        return Set.copyOf(leaders.subList(0, Math.min(count, leaders.size())));
    }

    private static Set<Long> rest(List<Long> leaders, int from, int count) {
        if (leaders.size() <= from) {
            return first(leaders, count);
        }
        return Set.copyOf(leaders.subList(from, Math.min(from + count, leaders.size())));
    }
}
