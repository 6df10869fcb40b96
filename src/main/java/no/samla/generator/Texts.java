package no.samla.generator;

import java.util.List;
import java.util.SplittableRandom;

/** The words the generated rows are made of: Norwegian names, titles and the texts leaders write. */
final class Texts {

    static final List<String> FIRST_NAMES = List.of(
            "Anne",
            "Inger",
            "Kari",
            "Marit",
            "Ingrid",
            "Liv",
            "Eva",
            "Berit",
            "Astrid",
            "Bjørg",
            "Hilde",
            "Silje",
            "Ida",
            "Nora",
            "Tone",
            "Randi",
            "Marte",
            "Heidi",
            "Camilla",
            "Linda",
            "Jan",
            "Per",
            "Bjørn",
            "Ole",
            "Lars",
            "Kjell",
            "Knut",
            "Arne",
            "Svein",
            "Thomas",
            "Geir",
            "Hans",
            "Morten",
            "Jon",
            "Terje",
            "Espen",
            "Anders",
            "Trond",
            "Erik",
            "Magnus",
            "Sindre",
            "Ahmed",
            "Fatima",
            "Piotr",
            "Agnieszka",
            "Mohammed");

    static final List<String> LAST_NAMES = List.of(
            "Hansen",
            "Johansen",
            "Olsen",
            "Larsen",
            "Andersen",
            "Pedersen",
            "Nilsen",
            "Kristiansen",
            "Jensen",
            "Karlsen",
            "Johnsen",
            "Pettersen",
            "Eriksen",
            "Berg",
            "Haugen",
            "Hagen",
            "Johannessen",
            "Andreassen",
            "Jacobsen",
            "Dahl",
            "Jørgensen",
            "Halvorsen",
            "Henriksen",
            "Lund",
            "Sørensen",
            "Jakobsen",
            "Moen",
            "Gundersen",
            "Iversen",
            "Strand",
            "Solberg",
            "Svendsen",
            "Eide",
            "Knutsen",
            "Martinsen",
            "Paulsen",
            "Bakken",
            "Kristoffersen",
            "Mathisen",
            "Lie",
            "Amundsen",
            "Nguyen",
            "Rasmussen",
            "Ali",
            "Lunde",
            "Solheim",
            "Berge",
            "Moe",
            "Nygård",
            "Bakke");

    static final List<String> TITLES = List.of(
            "Enhetsleder",
            "Avdelingsleder",
            "Virksomhetsleder",
            "Rektor",
            "Styrer",
            "Kommunalsjef",
            "Seksjonsleder",
            "Teamleder",
            "Økonomisjef",
            "HR-sjef",
            "Kommunedirektør",
            "Fagleder");

    static final List<String> UNITS = List.of(
            "Hjemmetjenesten",
            "Sykehjemmet",
            "Barneskolen",
            "Ungdomsskolen",
            "Barnehagen",
            "NAV-kontoret",
            "Teknisk drift",
            "Kulturskolen",
            "Helsestasjonen",
            "Økonomiavdelingen",
            "Personalavdelingen",
            "Bo- og omsorgssenteret",
            "Byggesak",
            "Barnevernet",
            "Biblioteket");

    /** The sectors of a person (V3), in the order units above lean to. */
    static final List<String> SECTORS =
            List.of("HEALTH_AND_CARE", "EDUCATION", "TECHNICAL", "CULTURE", "STAFF_AND_SUPPORT", "NAV", "OTHER");

    static final List<String> PROVIDER_PREFIXES =
            List.of("Fjordvik", "Nordlys", "Vidde", "Kyst", "Skog", "Dal", "Berg", "Elv", "Midt", "Sør");

    static final List<String> PROVIDER_SUFFIXES =
            List.of("Lederutvikling AS", "Ledernettverk", "Kompetanse AS", "Ledelse og innovasjon");

    static final List<String> THEMES = List.of(
            "Felles lederplattform",
            "Relasjonsledelse",
            "Mestringsorientert ledelse",
            "Gjennomføringskraft",
            "Tjenesteinnovasjon",
            "Digital transformasjon",
            "Gevinstrealisering",
            "Samskaping med innbyggerne",
            "Samspill mellom politikk og administrasjon",
            "Innovasjonskultur",
            "Tjenestedesign",
            "Innovative anskaffelser");

    static final List<String> PROGRAMME_KINDS =
            List.of("Lederutviklingsprogram", "Lederskole", "Innovasjonsprogram", "Lederløft", "Digital ledelse");

    static final List<String> DID = List.of(
            "Jeg prøvde ut et kort avklaringsmøte med teamlederne mandag morgen.",
            "Jeg ba medarbeiderne selv foreslå løsninger før jeg sa noe.",
            "Vi hadde en refleksjonsstopp i ledermøtet om hva vi lærte av forrige uke.",
            "Jeg delegerte ansvaret for turnusplanen til en erfaren medarbeider.",
            "Jeg fulgte opp en medarbeider som har strevd, med en samtale om mestring.",
            "Jeg gikk gjennom brukerreisen med to ansatte og en pårørende.",
            "Jeg prøvde «5 x hvorfor» på et problem som kommer igjen og igjen.",
            "Jeg la fram forslaget til felles lederplattform i personalmøtet.");

    static final List<String> HAPPENED = List.of(
            "Det ble stille en stund, men så kom det gode forslag.",
            "Møtet ble kortere enn vanlig, og flere tok ordet.",
            "Noen var skeptiske, men de fleste ville prøve.",
            "Det kom fram at vi forstod oppgaven ulikt.",
            "Medarbeideren tok ansvaret og løste det på en ny måte.",
            "Vi fant tre ting som skaper unødig venting for brukeren.",
            "Det ble tydelig at rutinen ikke var kjent for alle.",
            "Vi ble enige om et lite forsøk de neste to ukene.");

    static final List<String> LEARNED = List.of(
            "At jeg må tåle stillheten og ikke svare selv.",
            "Tydelige forventninger gjør det lettere å delegere.",
            "Medarbeiderne har mer kunnskap om brukerne enn jeg trodde.",
            "Små forsøk gir mer læring enn lange diskusjoner.",
            "Jeg trenger å spørre mer og fortelle mindre.",
            "Vi må måle før vi endrer, ellers vet vi ikke om det virker.",
            "Det hjelper å knytte endringen til målene i lederplattformen.",
            "Tillit bygges over tid, i de små samtalene.");

    static final List<String> NEXT_STEPS = List.of(
            "Fortsette med avklaringsmøtene og spørre teamet om erfaringene om to uker.",
            "Ta opp funnene i nettverksgruppa.",
            "Lage en enkel plan for forsøket sammen med tillitsvalgt.",
            "Be veilederen om innspill på hvordan jeg følger opp.",
            "Dele erfaringene med ledergruppa.",
            "Prøve det samme i et annet team.",
            "Skrive ned rutinen og få den godkjent.",
            "Måle ventetiden igjen om en måned.");

    static final List<String> ASSIGNMENT_TITLES = List.of(
            "Prøv ut et avklaringsmøte med teamet ditt",
            "Reflekter over hva du lærte på samlingen",
            "Les stoffet om relasjonsledelse før neste samling",
            "Forbered en utfordring fra egen enhet",
            "Kartlegg en brukerreise i innovasjonscaset",
            "Møt nettverksgruppa og del erfaringer");

    static final List<String> ASSIGNMENT_KINDS =
            List.of("PRACTISE", "REFLECT", "MATERIAL", "PREPARE", "INNOVATION_CASE", "NETWORK_GROUP");

    static final List<String> CASE_TITLES = List.of(
            "Digitalt tilsyn i hjemmetjenesten",
            "Færre innleggelser med tidlig innsats",
            "Ny innbyggerdialog i byggesak",
            "Felles mottak for barn og unge",
            "Smartere ruteplanlegging i hjemmetjenesten",
            "Sømløs overgang fra barnehage til skole",
            "Frisklivssentral i samarbeid med frivilligheten",
            "Kortere ventetid på helsestasjonen",
            "Digital søknad om tilrettelegging",
            "Velferdsteknologi på sykehjemmet",
            "Ungdom med i planleggingen",
            "Mindre matsvinn i kommunale kjøkken");

    static final List<String> BENEFITS = List.of(
            "Spart tid per bruker|TIME|Minutter per besøk|minutter",
            "Lavere kostnad|MONEY|Kostnad per måned|kroner",
            "Fornøyde brukere|QUALITY|Andel fornøyde brukere|prosent",
            "Færre avvik|QUALITY|Avvik per måned|antall",
            "Færre reiser|OTHER|Kjørte kilometer per uke|km");

    static final List<String> COACHING_NOTES = List.of(
            "Vi snakket om hvordan du kan gi mer ansvar til teamlederne.",
            "Du prøver ut faste oppfølgingssamtaler de neste to ukene.",
            "Vi gikk gjennom utviklingsprosjektet og skjerpet målet.");

    static final List<String> WENT_WELL = List.of(
            "Casearbeidet fra egen enhet ga mye, fordi vi jobbet med ekte utfordringer.",
            "God veksling mellom innlegg og gruppearbeid.",
            "Trygg stemning i gruppene.",
            "Nyttige verktøy jeg kan bruke i morgen.");

    static final List<String> COULD_BE_BETTER = List.of(
            "Mer tid til refleksjon i par.",
            "Kortere innlegg før lunsj.",
            "Gruppene bør settes sammen på tvers av sektorer.",
            "Send programmet tidligere.");

    /** Agenda of one day: type|minutes|title, where {theme} is the gathering's theme. */
    static final List<String> AGENDA_DAY = List.of(
            "TALK|45|Velkommen og status siden sist",
            "TALK|60|Innlegg: {theme}",
            "REFLECTION_STOP|15|Refleksjonsstopp i par",
            "BREAK|15|Pause",
            "GROUP_PROCESS|75|Gruppearbeid: {theme} i egen enhet",
            "LUNCH|45|Lunsj",
            "CASE_WORK|90|Arbeid med innovasjonscaset",
            "REFLECTION_STOP|30|Hva tar jeg med meg hjem?");

    static final List<String> AGENDA_DIGITAL = List.of(
            "TALK|30|Velkommen og sjekk inn",
            "TALK|45|Innlegg: {theme}",
            "GROUP_PROCESS|45|Grupperom: erfaringer fra egen enhet",
            "BREAK|10|Pause",
            "REFLECTION_STOP|20|Oppsummering og neste steg");

    static final List<String> MATERIAL_BEFORE =
            List.of("Artikkel å lese før samlingen", "Forberedelsesoppgave", "Program for samlingen");

    static final List<String> MATERIAL_AFTER =
            List.of("Presentasjonen fra samlingen", "Oppsummering fra gruppearbeidet", "Verktøy til bruk i egen enhet");

    /** Development project texts: goal|why|practice|evidence. */
    static final List<String> PROJECTS = List.of(
            "Tydeligere forventninger i teamet|Medarbeiderne er usikre på hva som er viktigst.|Faste avklaringsmøter "
                    + "hver mandag.|Medarbeiderundersøkelsen og samtaler med teamlederne.",
            "Mer delegering til teamlederne|Jeg bruker for mye tid på driftsspørsmål.|Gi teamlederne ansvar for "
                    + "turnus og oppfølging.|Hvor mange saker som kommer til meg per uke.",
            "Bedre oppfølging av nyansatte|Mange slutter det første året.|En fast plan for de første ukene og en "
                    + "fadder.|Turnover blant nyansatte.",
            "Mer tid til utviklingsarbeid|Driften tar all tiden.|Én time i uka til forbedringsarbeid med teamet.|"
                    + "Antall forbedringer som er prøvd ut.",
            "Tryggere tilbakemeldinger|Vi tar sjelden opp det som ikke fungerer.|Korte tilbakemeldingsrunder etter "
                    + "hvert personalmøte.|Hva medarbeiderne sier i samtalene.");

    static final List<String> PRINCIPLES = List.of(
            "Vi gir tydelig retning|Alle vet hva som er viktigst nå.|Vi avklarer mål og prioriteringer i hvert "
                    + "møte.|Å endre prioriteringer uten å si hvorfor.",
            "Vi bygger tillit|Vi holder det vi lover.|Vi følger opp avtaler og sier fra tidlig når noe glipper.|"
                    + "Å ta avgjørelser over hodet på de det gjelder.",
            "Vi utvikler tjenestene sammen|Innbyggerne og de ansatte er med.|Vi prøver ut nytt i små steg.|"
                    + "Å vente på den perfekte løsningen.",
            "Vi lærer av hverandre|Erfaringer deles på tvers.|Vi deler det som virket, og det som ikke virket.|"
                    + "Å løse alt alene.",
            "Vi tar vare på medarbeiderne|Arbeidsmiljøet er et lederansvar.|Vi har jevnlige samtaler med hver "
                    + "enkelt.|Å la konflikter ligge.");

    static final List<String> PLATFORM_COMMENTS = List.of(
            "Dette kjenner jeg meg godt igjen i.",
            "Kan vi gjøre denne mer konkret?",
            "Viktig, men vanskelig i en travel hverdag.",
            "Jeg savner noe om samarbeid med de tillitsvalgte.");

    static final List<String> JOURNEY_STEPS = List.of(
            "Tar kontakt med kommunen",
            "Venter på svar",
            "Får besøk av saksbehandler",
            "Får vedtak",
            "Tjenesten starter",
            "Gir tilbakemelding");

    static final List<String> WHYS = List.of(
            "Saksbehandlerne har for mange saker.",
            "Sakene kommer inn på forskjellige måter.",
            "Vi har ingen felles mottak.",
            "Ingen har hatt ansvar for helheten.",
            "Tjenestene er organisert hver for seg.");

    static final List<String> IDEAS = List.of(
            "Felles digitalt mottak",
            "Fast kontaktperson for hver bruker",
            "Ukentlig tverrfaglig møte",
            "Enkel sjekkliste ved oppstart",
            "Brukerpanel som tester løsningene",
            "SMS-varsel før besøk");

    private Texts() {}

    static String pick(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
