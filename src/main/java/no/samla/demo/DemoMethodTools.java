package no.samla.demo;

import java.util.ArrayList;
import java.util.List;
import no.samla.innovation.InnovationCase;
import no.samla.innovation.InnovationCases;
import no.samla.innovation.method.Idea;
import no.samla.innovation.method.Ideas;
import no.samla.innovation.method.Journey;
import no.samla.innovation.method.JourneyStep;
import no.samla.innovation.method.Journeys;
import no.samla.innovation.method.MethodTools;
import no.samla.innovation.method.WhyAnalyses;
import no.samla.innovation.method.WhyAnalysis;
import no.samla.people.Accounts;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;
import org.springframework.stereotype.Component;

/**
 * Method tools on six of the demo cases, made by their teams: user journeys with steps, five whys analyses, and ideas
 * with dot votes and a shortlist. Kari Nordmann's case has all three, and Kari keeps one dot to give. A case that
 * already has a tool is left alone, so loading twice changes nothing.
 */
@Component
class DemoMethodTools {

    private final InnovationCases cases;
    private final MethodTools tools;
    private final Journeys journeys;
    private final WhyAnalyses whys;
    private final Ideas ideas;
    private final Accounts accounts;

    DemoMethodTools(
            InnovationCases cases,
            MethodTools tools,
            Journeys journeys,
            WhyAnalyses whys,
            Ideas ideas,
            Accounts accounts) {
        this.cases = cases;
        this.tools = tools;
        this.journeys = journeys;
        this.whys = whys;
        this.ideas = ideas;
        this.accounts = accounts;
    }

    void load(Programme innovation, Programme school) {
        SamlaUser kari = accounts.loadUser(DemoAccounts.LEADER_DRAMMEN).orElseThrow();
        forCase(school, DemoInnovation.KARI_CASE).ifPresent(team -> {
            SamlaUser other = team.others(kari).get(0);
            SamlaUser third = team.others(kari).get(1);
            journey(
                    kari,
                    team.id(),
                    "Søke barnehageplass utenom hovedopptaket",
                    "Mor til en ettåring som flytter til Drammen i oktober og starter i ny jobb i januar.",
                    step(
                            "Leser om barnehageopptak på kommunens nettsider",
                            3,
                            "Finner ikke hva som gjelder ved flytting midt i året."),
                    step("Sender søknad i den digitale søknadsportalen", 4, null),
                    step(
                            "Venter uten å høre noe",
                            1,
                            "Ingen bekreftelse på at søknaden er mottatt, og ingen dato for svar."),
                    step(
                            "Ringer servicetorget for å spørre om status",
                            2,
                            "Lang kø på telefonen; får ikke svar på når plassen kommer."),
                    step(
                            "Får tilbud om plass i en barnehage langt unna",
                            2,
                            "Må svare innen en uke uten å kunne se barnehagen."));
            journey(
                    other,
                    team.id(),
                    "Saksbehandleren i opptaket",
                    "Saksbehandler i oppvekstadministrasjonen som fordeler ledige plasser gjennom året.",
                    step("Får melding om ledig plass fra en barnehage", 3, null),
                    step(
                            "Går gjennom ventelisten for hånd",
                            2,
                            "Ventelisten ligger i et regneark som flere endrer samtidig."),
                    step("Ringer foreldre i tur og orden", 2, "Mange svarer ikke; plassen står tom mens vi venter."));
            whys.create(
                    kari,
                    team.id(),
                    new WhyAnalysis.Data(
                            "Foreldre som søker utenom hovedopptaket venter i måneder på svar.",
                            List.of(
                                    "Fordi ledige plasser fordeles først når en barnehage melder fra.",
                                    "Fordi barnehagene melder ledige plasser på ulike måter og tider.",
                                    "Fordi det ikke finnes en felles oversikt over kapasitet gjennom året.",
                                    "Fordi opptaket er bygget rundt hovedopptaket om våren.",
                                    "Fordi ingen har hatt ansvar for løpende opptak."),
                            "Ingen eier det løpende opptaket, så det mangler både rutine og felles oversikt."));
            List<Idea> made = ideas(
                    kari,
                    team.id(),
                    "Løpende opptak hver måned|Fast dato hver måned for tildeling av ledige plasser.",
                    "Automatisk kvittering med forventet svartid|Foreldre får straks vite at søknaden er mottatt og når de får svar.",
                    "Felles kapasitetsoversikt|Barnehagene melder ledige plasser i samme løsning, ukentlig.",
                    "Se barnehagen før du svarer|Tilbud om omvisning før fristen for å svare.",
                    "Chatbot for statusspørsmål|Svarer på de vanligste spørsmålene om søknaden.");
            dot(kari, made.get(0), 2);
            dot(other, made.get(0), 1);
            dot(other, made.get(2), 2);
            dot(third, made.get(1), 2);
            dot(third, made.get(2), 1);
            ideas.shortlist(kari, team.id(), made.get(0).getId(), true);
            ideas.shortlist(kari, team.id(), made.get(2).getId(), true);
        });
        forCase(innovation, "Digital innsjekk på legevakten").ifPresent(team -> {
            SamlaUser first = team.members().get(0);
            journey(
                    first,
                    team.id(),
                    "Pasient som kommer til legevakten om kvelden",
                    "Voksen med akutte magesmerter, uten time, kommer alene.",
                    step("Står i kø i skranken", 1, "Køen går sakte fordi sykepleieren registrerer personalia."),
                    step("Blir spurt om symptomer mens andre hører på", 2, "Lite privatliv i skranken."),
                    step("Venter på venterommet uten å vite hvor lenge", 2, "Ingen informasjon om ventetid."),
                    step("Blir ropt opp til triage", 4, null));
            whys.create(
                    first,
                    team.id(),
                    new WhyAnalysis.Data(
                            "Det tar for lang tid fra ankomst til triage.",
                            List.of(
                                    "Fordi sykepleierne registrerer alle pasienter selv.",
                                    "Fordi pasientene ikke kan registrere seg på forhånd.",
                                    "Fordi journalsystemet ikke har en innsjekkingsløsning."),
                            "Registreringen ligger på sykepleierne fordi det mangler digital innsjekk."));
            List<Idea> made = ideas(
                    first,
                    team.id(),
                    "Innsjekk på nettbrett i venterommet|Pasienten registrerer seg selv og får et kønummer.",
                    "Innsjekk fra 116117-samtalen|Den som ringer først, er registrert når de kommer.",
                    "Skjerm med ventetid|Viser omtrentlig ventetid og hvor mange som er foran.");
            List<SamlaUser> members = team.members();
            for (int i = 0; i < members.size(); i++) {
                dot(members.get(i), made.get(i % made.size()), 2);
            }
            ideas.shortlist(first, team.id(), made.get(0).getId(), true);
        });
        forCase(innovation, "Sømløs overgang fra sykehus til hjem").ifPresent(team -> {
            SamlaUser first = team.members().get(0);
            journey(
                    first,
                    team.id(),
                    "Utskrivning på fredag",
                    "Eldre mann som bor alene og skrives ut etter et hoftebrudd.",
                    step("Får beskjed om utskrivning samme dag", 2, "Pårørende rekker ikke å komme."),
                    step("Kommer hjem med drosje", 2, "Ingen har handlet inn mat."),
                    step("Venter på hjemmesykepleien til mandag", 1, "Får ikke hjelp med medisinene i helgen."));
            whys.create(
                    first,
                    team.id(),
                    new WhyAnalysis.Data(
                            "Mange reinnlegges kort tid etter en utskrivning på fredag.",
                            List.of(
                                    "Fordi hjemmetjenesten ikke er klar når pasienten kommer hjem.",
                                    "Fordi meldingen om utskrivning kommer samme dag.",
                                    "Fordi sykehuset og kommunen ikke planlegger utskrivningen sammen.",
                                    "Fordi det ikke finnes en felles utskrivningssamtale.",
                                    "Fordi ingen av partene har satt av tid til den."),
                            null));
        });
        forCase(innovation, "Hverdagsrehabilitering hjemme").ifPresent(team -> {
            SamlaUser first = team.members().get(0);
            List<Idea> made = ideas(
                    first,
                    team.id(),
                    "Treningsvenn fra frivilligsentralen|En frivillig som trener sammen med brukeren én gang i uka.",
                    "Mål brukeren setter selv|Første besøk handler om hva brukeren vil klare igjen.",
                    "Ukentlig tverrfaglig møte|Fysioterapeut, ergoterapeut og hjemmesykepleien går gjennom brukerne.");
            for (SamlaUser member : team.members()) {
                dot(member, made.get(1), 1);
            }
            ideas.shortlist(first, team.id(), made.get(1).getId(), true);
        });
        forCase(school, "Digital timebestilling på helsestasjonen")
                .ifPresent(team -> journey(
                        team.members().get(0),
                        team.id(),
                        "Bestille time til fireårskontrollen",
                        "Far med to barn som jobber skift.",
                        step("Ringer i telefontiden mellom 9 og 11", 1, "Er på jobb i telefontiden."),
                        step("Får time tre uker frem i tid", 3, null),
                        step("Må ringe igjen for å flytte timen", 1, "Samme korte telefontid.")));
        forCase(school, "Mindre sykefravær i hjemmesykepleien").ifPresent(team -> {
            SamlaUser first = team.members().get(0);
            whys.create(
                    first,
                    team.id(),
                    new WhyAnalysis.Data(
                            "Sykefraværet i hjemmesykepleien er dobbelt så høyt som ellers i kommunen.",
                            List.of(
                                    "Fordi mange er slitne etter lange vakter med mange brukere.",
                                    "Fordi rutene endres fra dag til dag.",
                                    "Fordi vikarer ikke kjenner brukerne og trenger hjelp.",
                                    "Fordi det ikke finnes faste team rundt brukerne."),
                            "Mangelen på faste team gir uforutsigbare dager og mer slitasje."));
            List<Idea> made = ideas(
                    first,
                    team.id(),
                    "Faste team per rode|Samme fem ansatte følger de samme brukerne.",
                    "Fast vikarpool|Vikarer som kjenner rodene.");
            for (SamlaUser member : team.members()) {
                dot(member, made.get(0), 1);
                dot(member, made.get(1), 1);
            }
        });
    }

    /** The case's team as signed-in users, or nothing if the case is missing or already has method tools. */
    private java.util.Optional<Team> forCase(Programme programme, String title) {
        return cases.findByTitle(programme.getId(), title)
                .filter(c -> isEmpty(tools.summary(c.getId())))
                .map(c -> new Team(c.getId(), members(c)));
    }

    private static boolean isEmpty(no.samla.innovation.method.MethodSummary summary) {
        return summary.journeys() == 0 && summary.whyAnalyses() == 0 && summary.ideas() == 0;
    }

    private List<SamlaUser> members(InnovationCase c) {
        List<SamlaUser> members = new ArrayList<>();
        c.getTeam().stream()
                .sorted()
                .forEach(personId -> accounts.findForPerson(personId)
                        .ifPresent(account -> members.add(accounts.reload(account.getId()))));
        return members;
    }

    private void journey(SamlaUser by, long caseId, String title, String persona, JourneyStep.Data... steps) {
        Journey journey = journeys.create(by, caseId, title, persona);
        for (JourneyStep.Data step : steps) {
            journeys.addStep(
                    by,
                    caseId,
                    journey.getId(),
                    journeys.get(by, caseId, journey.getId()).getVersion(),
                    step);
        }
    }

    private static JourneyStep.Data step(String action, int feeling, String painPoints) {
        return new JourneyStep.Data(action, feeling, painPoints);
    }

    /** Ideas given as "title|description". */
    private List<Idea> ideas(SamlaUser by, long caseId, String... titled) {
        List<Idea> made = new ArrayList<>();
        for (String idea : titled) {
            String[] parts = idea.split("\\|", 2);
            made.add(ideas.add(by, caseId, parts[0], parts[1]));
        }
        return made;
    }

    private void dot(SamlaUser voter, Idea idea, int dots) {
        for (int i = 0; i < dots; i++) {
            ideas.addDot(voter, idea.getCaseId(), idea.getId());
        }
    }

    private record Team(long id, List<SamlaUser> members) {

        List<SamlaUser> others(SamlaUser user) {
            return members.stream().filter(m -> m.personId() != user.personId()).toList();
        }
    }
}
