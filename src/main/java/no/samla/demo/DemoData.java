package no.samla.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import no.samla.calendar.CalendarFeeds;
import no.samla.evaluation.AnswerInput;
import no.samla.evaluation.Evaluation;
import no.samla.evaluation.Evaluations;
import no.samla.evaluation.QuestionKind;
import no.samla.gathering.AgendaItemData;
import no.samla.gathering.AgendaItemType;
import no.samla.gathering.Agendas;
import no.samla.gathering.AttendanceStatus;
import no.samla.gathering.Attendances;
import no.samla.gathering.Gathering;
import no.samla.gathering.GatheringData;
import no.samla.gathering.GatheringFormat;
import no.samla.gathering.Gatherings;
import no.samla.gathering.MaterialKind;
import no.samla.gathering.Materials;
import no.samla.gathering.Venue;
import no.samla.organisation.Municipality;
import no.samla.organisation.Organisations;
import no.samla.organisation.ProviderKind;
import no.samla.organisation.ProviderOrganisationData;
import no.samla.people.Accounts;
import no.samla.people.People;
import no.samla.people.Person;
import no.samla.people.PersonData;
import no.samla.people.Role;
import no.samla.people.RoleGrant;
import no.samla.people.Sector;
import no.samla.people.SignInProviderData;
import no.samla.people.SignInProviderKind;
import no.samla.people.SignInProviders;
import no.samla.programme.Enrolments;
import no.samla.programme.ParticipationRole;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeStatus;
import no.samla.programme.Programmes;
import no.samla.system.database.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a small, realistic installation: two providers, leaders in six
 * municipalities, one account for each role, and three programmes made from the shipped templates. Everything goes through the modules' own facades,
 * so the demo exercises the same rules as the browser.
 */
@Component
@Order(0)
public class DemoData implements ApplicationRunner {

    /** The password of every demo account; printed in the log and the README. */
    public static final String PASSWORD = "samla-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Environment environment;
    private final Organisations organisations;
    private final People people;
    private final Accounts accounts;
    private final SignInProviders signInProviders;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Programmes programmes;
    private final Enrolments enrolments;
    private final Gatherings gatherings;
    private final Agendas agendas;
    private final Attendances attendances;
    private final CalendarFeeds calendarFeeds;
    private final DemoCoaching coaching;
    private final DemoNetworkGroups networkGroups;
    private final DemoJournal journal;
    private final DemoInnovation innovationCases;
    private final Materials materials;
    private final Evaluations evaluations;
    private final DemoAssignments assignments;
    private final DemoHomeVisits homeVisits;
    private final DemoSurvey surveys;
    private final DemoPlatform platform;

    DemoData(
            Environment environment,
            Organisations organisations,
            People people,
            Accounts accounts,
            SignInProviders signInProviders,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transaction,
            Programmes programmes,
            Enrolments enrolments,
            Gatherings gatherings,
            Agendas agendas,
            Attendances attendances,
            CalendarFeeds calendarFeeds,
            DemoCoaching coaching,
            DemoNetworkGroups networkGroups,
            DemoJournal journal,
            DemoInnovation innovationCases,
            Materials materials,
            Evaluations evaluations,
            DemoAssignments assignments,
            DemoHomeVisits homeVisits,
            DemoSurvey surveys,
            DemoPlatform platform) {
        this.environment = environment;
        this.organisations = organisations;
        this.people = people;
        this.accounts = accounts;
        this.signInProviders = signInProviders;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.programmes = programmes;
        this.enrolments = enrolments;
        this.gatherings = gatherings;
        this.agendas = agendas;
        this.attendances = attendances;
        this.calendarFeeds = calendarFeeds;
        this.coaching = coaching;
        this.networkGroups = networkGroups;
        this.journal = journal;
        this.innovationCases = innovationCases;
        this.materials = materials;
        this.evaluations = evaluations;
        this.assignments = assignments;
        this.homeVisits = homeVisits;
        this.surveys = surveys;
        this.platform = platform;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!DemoMode.isEnabled(environment) || accounts.count() > 0) {
            return;
        }
        // All or nothing: a half-loaded demo would block the next start from loading it.
        transaction.executeWithoutResult(status -> load());
        log.warn("Empty database: loaded the demo data set. Demo accounts (password {}):", PASSWORD);
        DemoAccounts.ALL.forEach(account -> log.warn("  {} - {}", account.email(), account.description()));
    }

    private void load() {
        String hash = passwordEncoder.encode(PASSWORD);
        long fjord = organisations
                .createProvider(new ProviderOrganisationData(
                        "Fjord Lederutvikling AS",
                        ProviderKind.CONSULTANCY,
                        "999100101",
                        "post@fjordleder.example",
                        "https://fjordleder.example"))
                .getId();
        long network = organisations
                .createProvider(new ProviderOrganisationData(
                        "Innlandet kommunenettverk for ledelse",
                        ProviderKind.REGIONAL_NETWORK,
                        "999100202",
                        "kontakt@innlandetnettverk.example",
                        null))
                .getId();
        Map<String, Long> municipality = Map.of(
                "3301", municipalityId("3301"),
                "3413", municipalityId("3413"),
                "3411", municipalityId("3411"),
                "1804", municipalityId("1804"),
                "5037", municipalityId("5037"),
                "1121", municipalityId("1121"));

        account(
                person("Ingrid Solberg", DemoAccounts.ADMIN, "Systemansvarlig", null, null, null, null),
                hash,
                RoleGrant.of(Role.ADMIN));
        account(
                person("Marte Lien", DemoAccounts.COORDINATOR_FJORD, "Seniorrådgiver", null, fjord, null, null),
                hash,
                RoleGrant.of(Role.COORDINATOR));
        account(
                person(
                        "Jonas Berg",
                        DemoAccounts.COORDINATOR_NETWORK,
                        "Nettverkskoordinator",
                        null,
                        network,
                        null,
                        null),
                hash,
                RoleGrant.of(Role.COORDINATOR));
        account(
                person(
                        "Hilde Strand",
                        DemoAccounts.MUNICIPALITY_ADMIN_DRAMMEN,
                        "HR-rådgiver",
                        municipality.get("3301"),
                        null,
                        "HR og organisasjon",
                        Sector.STAFF_AND_SUPPORT),
                hash,
                RoleGrant.municipalityAdmin(municipality.get("3301")));
        account(
                person(
                        "Per Aasen",
                        DemoAccounts.MUNICIPALITY_ADMIN_STANGE,
                        "Organisasjonssjef",
                        municipality.get("3413"),
                        null,
                        "Kommunedirektørens stab",
                        Sector.STAFF_AND_SUPPORT),
                hash,
                RoleGrant.municipalityAdmin(municipality.get("3413")));

        java.util.Map<String, java.util.List<Long>> leadersByMunicipality = new java.util.HashMap<>();
        for (DemoLeader leader : java.util.stream.Stream.concat(
                        DemoLeaders.ALL.stream(), DemoSchoolLeaders.ALL.stream())
                .toList()) {
            Person person = person(
                    leader.name(),
                    leader.email(),
                    leader.title(),
                    municipality.get(leader.municipalityNumber()),
                    null,
                    leader.unit(),
                    leader.sector());
            account(person, hash, RoleGrant.of(Role.LEADER));
            leadersByMunicipality
                    .computeIfAbsent(leader.municipalityNumber(), number -> new java.util.ArrayList<>())
                    .add(person.getId());
        }
        DemoSchoolLeaders.MANAGERS.forEach((report, manager) -> people.assignManager(
                people.findByEmail(report).orElseThrow().getId(),
                people.findByEmail(manager).orElseThrow().getId()));
        programmes(fjord, network, municipality, leadersByMunicipality);
        // How a municipality's Entra ID sign-in is set up; switched off, since the demo has no tenant to reach.
        signInProviders.create(new SignInProviderData(
                municipality.get("3413"),
                null,
                "Stange kommune",
                SignInProviderKind.ENTRA_ID,
                "https://login.microsoftonline.com/00000000-0000-0000-0000-000000003413/v2.0",
                "samla-demo",
                "not-a-real-secret",
                "openid email profile",
                java.util.List.of("stange.example"),
                false));
        calendarFeeds.register(
                people.findByEmail(DemoAccounts.LEADER_DRAMMEN).orElseThrow().getId(),
                DemoAccounts.LEADER_DRAMMEN_CALENDAR_TOKEN);
    }

    /**
     * Three programmes made from the shipped templates: a leadership school in Drammen and a four-gathering
     * programme in Levanger run by Fjord Lederutvikling, and an innovation programme for the leader
     * groups of Stange and Ringsaker run by the regional network.
     */
    private void programmes(
            long fjord, long network, Map<String, Long> municipality, Map<String, java.util.List<Long>> leaders) {
        long marte =
                people.findByEmail(DemoAccounts.COORDINATOR_FJORD).orElseThrow().getId();
        long jonas = people.findByEmail(DemoAccounts.COORDINATOR_NETWORK)
                .orElseThrow()
                .getId();

        Programme school = programmes.createFromTemplate(
                template("Lederskole for alle ledere i en stor kommune"),
                DemoProgrammes.DRAMMEN_SCHOOL,
                fjord,
                marte,
                true,
                LocalDate.of(2027, 1, 20),
                7);
        programmes.changeStatus(school.getId(), ProgrammeStatus.PLANNED);
        enrolments.enrolMunicipality(school.getId(), municipality.get("3301"));
        enrolments.enrol(school.getId(), marte, Set.of(ParticipationRole.FACILITATOR), null);
        leaders.get("3301")
                .forEach(leader ->
                        enrolments.enrol(school.getId(), leader, Set.of(ParticipationRole.PARTICIPANT), null));

        Programme innovation = programmes.createFromTemplate(
                template("Innovasjonsprogram for kommunedirektørens ledergrupper"),
                DemoProgrammes.INNLANDET_INNOVATION,
                network,
                jonas,
                true,
                LocalDate.of(2027, 2, 3),
                9);
        programmes.changeStatus(innovation.getId(), ProgrammeStatus.PLANNED);
        programmes.changeStatus(innovation.getId(), ProgrammeStatus.RUNNING);
        for (String number : java.util.List.of("3413", "3411")) {
            enrolments.enrolMunicipality(innovation.getId(), municipality.get(number));
            long group = enrolments
                    .addLeaderGroup(innovation.getId(), municipality.get(number), "Kommunedirektørens ledergruppe")
                    .getId();
            leaders.get(number)
                    .forEach(leader ->
                            enrolments.enrol(innovation.getId(), leader, Set.of(ParticipationRole.PARTICIPANT), group));
        }
        enrolments.enrol(
                innovation.getId(), jonas, Set.of(ParticipationRole.FACILITATOR, ParticipationRole.COACH), null);

        placeGatherings(
                school.getId(), Set.of(marte), new Venue("Union Scene", "Grønland 60, 3045 Drammen", "Storsalen", 150));
        placeGatherings(
                innovation.getId(),
                Set.of(jonas),
                new Venue("Scandic Hamar", "Vangsvegen 121, 2318 Hamar", "Møterom Mjøsa", 60));

        Programme small = programmes.createFromTemplate(
                template("Lederutvikling i en mindre kommune: fire samlinger"),
                DemoProgrammes.LEVANGER,
                fjord,
                marte,
                true,
                LocalDate.of(2027, 1, 14),
                6);
        enrolments.enrolMunicipality(small.getId(), municipality.get("5037"));
        leaders.get("5037")
                .forEach(
                        leader -> enrolments.enrol(small.getId(), leader, Set.of(ParticipationRole.PARTICIPANT), null));
        java.util.List.of(school, innovation, small).forEach(this::agendaOfFirstGathering);
        attendanceOfFirstGathering(school, leaders.get("3301"), marte);
        coaching.load(
                school,
                marte,
                leaders.get("3301"),
                people.findByEmail(DemoAccounts.LEADER_DRAMMEN).orElseThrow().getId());
        networkGroups.load(
                school,
                municipality.get("3301"),
                marte,
                people.findByEmail(DemoAccounts.LEADER_DRAMMEN).orElseThrow().getId());
        long karisFirstAssignment = assignments.load(
                school,
                agendas.gathering(school.getId(), 1).getId(),
                agendas.gathering(school.getId(), 2).getId(),
                marte,
                leaders.get("3301"),
                people.findByEmail(DemoAccounts.LEADER_DRAMMEN).orElseThrow().getId());
        java.util.List.of(school, innovation).forEach(programme -> materialOfFirstGatherings(programme, marte));
        evaluationsOfTheSchool(school.getId(), leaders.get("3301"));
        journal.load(
                school,
                leaders.get("3301"),
                people.findByEmail(DemoAccounts.LEADER_DRAMMEN).orElseThrow().getId(),
                marte,
                karisFirstAssignment);
        homeVisits.load(
                innovation,
                municipality.get("3413"),
                municipality.get("3411"),
                leaders.get("3413"),
                leaders.get("3411"),
                jonas,
                school,
                municipality.get("3301"),
                marte,
                people.findByEmail(DemoAccounts.LEADER_DRAMMEN).orElseThrow().getId());
        innovationCases.load(innovation, school, municipality, leaders);
        surveys.load(
                innovation,
                leaders.get("3413"),
                leaders.get("3411"),
                school,
                leaders.get("3301"),
                people.findByEmail(DemoAccounts.LEADER_DRAMMEN).orElseThrow().getId());
        platform.load(school);
    }

    /**
     * Material for the first two gatherings: links to read before, a generated PDF with the questions to
     * prepare, and a link to follow up after the first.
     */
    private void materialOfFirstGatherings(Programme programme, long createdBy) {
        Gathering first = agendas.gathering(programme.getId(), 1);
        Gathering second = agendas.gathering(programme.getId(), 2);
        materials.addLink(
                programme.getId(),
                first.getId(),
                MaterialKind.BEFORE,
                "KS: Veikart for tjenesteinnovasjon",
                "https://www.ks.no/fagomrader/innovasjon/veikart-for-tjenesteinnovasjon/",
                createdBy);
        materials.addLink(
                programme.getId(),
                first.getId(),
                MaterialKind.BEFORE,
                "KS: 10-FAKTOR medarbeiderundersøkelse",
                "https://www.10faktor.no/",
                createdBy);
        materials.addFile(
                programme.getId(),
                first.getId(),
                MaterialKind.BEFORE,
                "Forberedelse til samling 1",
                "forberedelse-samling-1.pdf",
                DemoMaterial.preparationPdf(programme.getName(), first.getTitle()),
                createdBy);
        materials.addLink(
                programme.getId(),
                first.getId(),
                MaterialKind.AFTER,
                "Oppsummering og mellomarbeid",
                "https://www.ks.no/fagomrader/arbeidsgiverpolitikk/ledelse/",
                createdBy);
        materials.addLink(
                programme.getId(),
                second.getId(),
                MaterialKind.BEFORE,
                "Lesestoff: relasjonsledelse",
                "https://www.ks.no/fagomrader/arbeidsgiverpolitikk/ledelse/",
                createdBy);
    }

    /**
     * Evaluations of the school's first three gatherings, all dated after today in the demo: the first closed with
     * five answers (enough to show results), the second closed with two (results hidden), the third open, answered by
     * two leaders but not yet by the first Drammen leader (Kari Nordmann). The programme-level one is a draft.
     */
    private void evaluationsOfTheSchool(long programmeId, java.util.List<Long> participants) {
        Evaluation first = evaluations.createForGathering(
                programmeId, agendas.gathering(programmeId, 1).getId());
        long useful = evaluations
                .addQuestion(
                        programmeId,
                        first.getId(),
                        QuestionKind.SCALE,
                        "Hvor nyttig var casearbeidet for din egen enhet?",
                        false)
                .getId();
        long takeAway = evaluations
                .addQuestion(
                        programmeId, first.getId(), QuestionKind.TEXT, "Hva tar du med deg til neste samling?", false)
                .getId();
        evaluations.open(programmeId, first.getId());
        String[][] firstAnswers = {
            {
                "5",
                "Casearbeidet fra egen enhet ga mye, fordi vi fikk jobbe med ekte utfordringer.",
                "Mer tid til refleksjon i par.",
                "5",
                "Refleksjonsstopp i eget ledermøte."
            },
            {"4", "God veksling mellom innlegg og gruppearbeid.", "Kortere innlegg før lunsj.", "4", null},
            {"4", "Trygg stemning i gruppene.", null, "3", "Spørre mer, fortelle mindre."},
            {"3", null, "Gruppene bør settes sammen på tvers av sektorer.", "3", null},
            {
                "5",
                "Felles lederplattform gir retning, fordi alle bidro.",
                "Send program tidligere.",
                "5",
                "Felles plattform i ledergruppa."
            }
        };
        for (int i = 0; i < firstAnswers.length; i++) {
            String[] a = firstAnswers[i];
            java.util.Map<Long, String> extra = new java.util.HashMap<>();
            extra.put(useful, a[3]);
            if (a[4] != null) {
                extra.put(takeAway, a[4]);
            }
            evaluations.answer(participants.get(i), first.getId(), new AnswerInput(a[0], a[1], a[2], extra));
        }
        evaluations.close(programmeId, first.getId());

        Evaluation second = evaluations.createForGathering(
                programmeId, agendas.gathering(programmeId, 2).getId());
        evaluations.open(programmeId, second.getId());
        evaluations.answer(
                participants.get(1),
                second.getId(),
                new AnswerInput("4", "Gode samtaler om relasjonell ledelse.", null, null));
        evaluations.answer(
                participants.get(2), second.getId(), new AnswerInput("2", null, "For lite tid til casearbeid.", null));
        evaluations.close(programmeId, second.getId());

        Evaluation third = evaluations.createForGathering(
                programmeId, agendas.gathering(programmeId, 3).getId());
        evaluations.open(programmeId, third.getId());
        evaluations.answer(
                participants.get(3),
                third.getId(),
                new AnswerInput("4", "Nyttige verktøy for gjennomføring.", null, null));
        evaluations.answer(
                participants.get(4), third.getId(), new AnswerInput("5", null, "Mer tid til nettverksgruppene.", null));

        Evaluation whole = evaluations.createForProgramme(programmeId);
        evaluations.addQuestion(
                programmeId,
                whole.getId(),
                QuestionKind.TEXT,
                "Hva har endret seg i lederhverdagen din gjennom programmet?",
                true);
    }

    /** Attendance at the first gathering: most present, one absent, one with a valid excuse, one late. */
    private void attendanceOfFirstGathering(Programme programme, java.util.List<Long> participants, long facilitator) {
        long gathering = agendas.gathering(programme.getId(), 1).getId();
        for (int i = 0; i < participants.size(); i++) {
            AttendanceStatus status = switch (i) {
                case 1 -> AttendanceStatus.ABSENT;
                case 2 -> AttendanceStatus.EXCUSED;
                default -> AttendanceStatus.PRESENT;
            };
            String comment = i == 2 ? "Kurs i regi av arbeidsgiver" : i == 3 ? "Kom 20 minutter for sent" : null;
            attendances.mark(programme.getId(), gathering, participants.get(i), status, i == 3, comment, facilitator);
        }
    }

    /** A realistic agenda for the first gathering: a day of talks, reflection, group work and a case. */
    private void agendaOfFirstGathering(Programme programme) {
        Gathering gathering = agendas.gathering(programme.getId(), 1);
        Long coordinator = programme.getCoordinatorIds().stream().findFirst().orElse(null);
        java.util.List<AgendaItemData> items = new java.util.ArrayList<>(java.util.List.of(
                new AgendaItemData(1, "Velkommen og intensjon", AgendaItemType.TALK, 30, coordinator, null),
                new AgendaItemData(
                        1,
                        "Faglig innlegg: "
                                + (gathering.getTheme() == null ? gathering.getTitle() : gathering.getTheme()),
                        AgendaItemType.TALK,
                        60,
                        coordinator,
                        null),
                new AgendaItemData(
                        1,
                        "Refleksjonsstopp i par",
                        AgendaItemType.REFLECTION_STOP,
                        15,
                        null,
                        "Hva kjenner du igjen fra din egen hverdag?"),
                new AgendaItemData(1, "Pause", AgendaItemType.BREAK, 15, null, null),
                new AgendaItemData(
                        1,
                        "Gruppeprosess: felles lederplattform",
                        AgendaItemType.GROUP_PROCESS,
                        75,
                        coordinator,
                        "Grupper på fem til seks ledere på tvers av sektorer."),
                new AgendaItemData(1, "Lunsj", AgendaItemType.LUNCH, 45, null, null),
                new AgendaItemData(
                        1, "Casearbeid: en utfordring fra egen enhet", AgendaItemType.CASE_WORK, 75, coordinator, null),
                new AgendaItemData(1, "Pause", AgendaItemType.BREAK, 15, null, null),
                new AgendaItemData(
                        1,
                        "Oppsummering og evaluering",
                        AgendaItemType.REFLECTION_STOP,
                        30,
                        coordinator,
                        "Hva gikk bra og hvorfor, hva kan bli bedre og hvordan?")));
        if (gathering.getFormat().calendarDays() > 1) {
            items.add(new AgendaItemData(
                    2, "Oppstart og læring fra dag 1", AgendaItemType.REFLECTION_STOP, 30, coordinator, null));
            items.add(new AgendaItemData(
                    2, "Faglig innlegg: tjenesteinnovasjon", AgendaItemType.TALK, 60, coordinator, null));
            items.add(new AgendaItemData(2, "Pause", AgendaItemType.BREAK, 15, null, null));
            items.add(new AgendaItemData(
                    2, "Casearbeid i ledergruppene", AgendaItemType.CASE_WORK, 90, coordinator, null));
            items.add(new AgendaItemData(2, "Lunsj", AgendaItemType.LUNCH, 45, null, null));
            items.add(new AgendaItemData(
                    2,
                    "Mellomarbeid og avslutning",
                    AgendaItemType.TALK,
                    45,
                    coordinator,
                    "Hva gjør du før neste samling?"));
        }
        items.forEach(item -> agendas.add(programme.getId(), gathering.getId(), item));
    }

    /** Gives a demo programme's gatherings their venue and facilitators, as a coordinator would. */
    private void placeGatherings(long programmeId, Set<Long> facilitators, Venue venue) {
        for (Gathering gathering : gatherings.of(programmeId)) {
            GatheringData data = gathering.data();
            gatherings.update(
                    programmeId,
                    gathering.getId(),
                    gathering.getVersion(),
                    new GatheringData(
                            data.number(),
                            data.title(),
                            data.theme(),
                            data.format(),
                            data.startDate(),
                            data.agendaOutline(),
                            data.format() == GatheringFormat.LUNCH_TO_LUNCH
                                    ? java.time.LocalTime.of(11, 0)
                                    : data.startTime(),
                            data.format() == GatheringFormat.LUNCH_TO_LUNCH
                                    ? java.time.LocalTime.of(13, 0)
                                    : data.endTime(),
                            venue,
                            null,
                            facilitators));
        }
    }

    private long template(String name) {
        return programmes.templates().stream()
                .filter(template -> template.getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private Person person(
            String name, String email, String title, Long municipalityId, Long providerId, String unit, Sector sector) {
        return people.create(new PersonData(name, email, null, title, municipalityId, providerId, unit, sector));
    }

    /** Every demo account shares one hash: bcrypt is slow on purpose, and the demo need not be. */
    private void account(Person person, String passwordHash, RoleGrant... roles) {
        accounts.createWithHash(person.getId(), passwordHash, Set.of(roles));
    }

    private long municipalityId(String number) {
        return organisations
                .findMunicipalityByNumber(number)
                .map(Municipality::getId)
                .orElseThrow();
    }
}
