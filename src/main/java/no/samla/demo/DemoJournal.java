package no.samla.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import no.samla.coaching.DevelopmentProject;
import no.samla.coaching.LeadershipBehaviour;
import no.samla.journal.LogEntries;
import no.samla.journal.LogEntryData;
import no.samla.journal.LogEntryText;
import no.samla.programme.Programme;
import org.springframework.stereotype.Component;

/**
 * Log entries in Drammen's leadership school, relative to today: one leader in five writes several entries a month
 * over the last four months, one in five has written one or two, and the rest have written nothing. Kari Nordmann
 * has six entries (the first answers an assignment); the latest is shared with her coach, who has commented on it. The same every time (fixed seed).
 */
@Component
class DemoJournal {

    private static final long SEED = 2027L;
    private static final int MONTHS = 4;

    private static final List<String> DID = List.of(
            "Jeg startet avdelingsmøtet med ti minutter der hver fortalte hva de trengte fra meg denne uken.",
            "Jeg delegerte ansvaret for turnusplanen til en erfaren medarbeider og avtalte en kort oppfølging.",
            "Jeg ba om tilbakemelding på min egen måte å lede møter på, anonymt på lapp.",
            "Jeg tok en vanskelig samtale om fravær tidlig i stedet for å vente til medarbeidersamtalen.",
            "Jeg prøvde å holde tilbake min egen løsning og stilte bare spørsmål i teamets problemløsning.",
            "Jeg satte av en fast halvtime hver fredag til å gå rundt og snakke med de ansatte.");
    private static final List<String> HAPPENED = List.of(
            "Flere enn vanlig sa noe, og vi fant to ting vi kunne endre allerede samme dag.",
            "Det gikk bedre enn jeg fryktet, men jeg måtte minne meg selv på ikke å overta igjen.",
            "Tilbakemeldingene var tydelige: jeg snakker for mye og oppsummerer for lite.",
            "Medarbeideren ble lettet over at vi tok det opp, og vi la en plan sammen.",
            "Det tok lengre tid, men løsningen ble bedre enn den jeg hadde tenkt selv.",
            "Jeg fikk høre om et problem med vaktlistene som ingen hadde meldt fra om.");
    private static final List<String> LEARNED = List.of(
            "Struktur i starten av møtet gir mer rom for de stille stemmene.",
            "Tillit vokser når jeg gir fra meg ansvar og faktisk lar det ligge.",
            "Jeg må spørre oftere om hvordan jeg oppleves, ikke bare anta.",
            "Det lønner seg å ta tak i små ting før de blir store.",
            "Spørsmål kan være et sterkere ledelsesverktøy enn svar.",
            "Uformelle samtaler gir meg informasjon jeg ikke får i møter.");
    private static final List<String> NEXT = List.of(
            "Fortsette med runden i tre uker til og så spørre teamet om den er nyttig.",
            "Avtale neste oppgave å delegere på fredagsmøtet.",
            "Prøve å oppsummere skriftlig etter hvert møte og be om innspill.",
            "Ta opp temaet med coachen min i neste samtale.",
            "Øve på å vente ti sekunder før jeg sier noe i diskusjoner.",
            "Gjøre fredagsrunden til en fast del av kalenderen min.");

    private static final String WEEK_PLAN = """
            Ukeplan, laget av teamlederne
            Mandag: fordeling av oppgaver og vakter
            Onsdag: kort status, 15 minutter
            Fredag: hva lærte vi denne uken?
            """;

    private final LogEntries entries;
    private final Clock clock;

    DemoJournal(LogEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    void load(Programme school, List<Long> leaders, long kari, long coach, long karisAssignment) {
        if (!entries.recent(kari, school.getId(), 1).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(DemoCoaching.OSLO));
        Random random = new Random(SEED);
        for (int i = 0; i < leaders.size(); i++) {
            long leader = leaders.get(i);
            if (leader == kari) {
                continue;
            }
            int count = switch (i % 5) {
                case 0 -> MONTHS * (2 + random.nextInt(3));
                case 1 -> 1 + random.nextInt(2);
                default -> 0;
            };
            for (int n = 0; n < count; n++) {
                LocalDate date = today.minusDays(random.nextInt(MONTHS * 30));
                entries.write(leader, school.getId(), data(random, date, DevelopmentProject.Sharing.onlyMe()), null);
            }
        }
        // Her first entry answers an assignment, which marks it done.
        entries.write(
                kari,
                school.getId(),
                new LogEntryData(
                        today.minusWeeks(13),
                        new LogEntryText(
                                "Jeg la inn et refleksjonsstopp på ti minutter midt i ledermøtet i enheten.",
                                "Det ble stille lenge før noen sa noe, men så kom det fram to saker vi aldri har snakket om.",
                                "Pausen ga rom for dem som vanligvis ikke sier noe i møtene.",
                                "Gjøre refleksjonsstoppet fast annenhver uke og spørre gruppa om det hjelper."),
                        karisAssignment,
                        false,
                        LeadershipBehaviour.RELATION,
                        null,
                        DevelopmentProject.Sharing.onlyMe()),
                null);
        for (int n = 4; n >= 1; n--) {
            entries.write(
                    kari,
                    school.getId(),
                    data(random, today.minusWeeks(3L * n), DevelopmentProject.Sharing.onlyMe()),
                    null);
        }
        long shared = entries.write(
                kari,
                school.getId(),
                new LogEntryData(
                        today.minusDays(2),
                        new LogEntryText(
                                "Jeg delegerte ansvaret for ukeplanleggingen til teamlederne og holdt meg unna møtet.",
                                "De kom fram til en plan som var annerledes enn min, men den fungerte godt.",
                                "Jeg trenger ikke være i rommet for at gode beslutninger blir tatt.",
                                "Spørre teamlederne hva de trenger av meg for å ta mer ansvar."),
                        null,
                        false,
                        LeadershipBehaviour.TASK_STRUCTURE,
                        null,
                        new DevelopmentProject.Sharing(true, false, false)),
                new LogEntries.NewAttachment("ukeplan-teamledere.txt", WEEK_PLAN.getBytes(StandardCharsets.UTF_8)));
        entries.comment(
                coach,
                shared,
                "Godt tatt! Hva tror du teamlederne merket mest – at du ga dem ansvaret, eller at du holdt deg unna?"
                        + " La oss snakke om det i neste coachingsamtale.");
    }

    private static LogEntryData data(Random random, LocalDate date, DevelopmentProject.Sharing sharing) {
        LeadershipBehaviour[] behaviours = LeadershipBehaviour.values();
        return new LogEntryData(
                date,
                new LogEntryText(pick(random, DID), pick(random, HAPPENED), pick(random, LEARNED), pick(random, NEXT)),
                null,
                false,
                random.nextBoolean() ? behaviours[random.nextInt(behaviours.length)] : null,
                null,
                sharing);
    }

    private static String pick(Random random, List<String> texts) {
        return texts.get(random.nextInt(texts.size()));
    }
}
