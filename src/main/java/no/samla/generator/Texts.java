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

    private Texts() {}

    static String pick(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
