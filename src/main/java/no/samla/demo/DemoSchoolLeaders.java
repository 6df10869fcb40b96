package no.samla.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.samla.people.Sector;

/**
 * The rest of Drammen's leadership school: unit and department leaders from every sector, so that the school has
 * 60 leaders to compose network groups from, and who manages whom among them (heads of sector manage the unit
 * leaders of their sector; a unit leader manages a department leader of her own unit).
 */
final class DemoSchoolLeaders {

    static final String TECHNICAL_HEAD = "tor.kristiansen@drammen.example";
    static final String CULTURE_HEAD = "liv.berge@drammen.example";

    private static final String[] FIRST = {
        "Anne", "Bjørn", "Camilla", "Espen", "Frida", "Gunnar", "Hege", "Jon", "Kristin", "Lars", "Marit", "Nils",
        "Randi", "Stian", "Tone", "Unni", "Vegard", "Anita", "Eirik", "Linda", "Morten", "Silje", "Trond", "Elin",
        "Øystein", "Ragnhild", "Sindre"
    };
    private static final String[] LAST = {
        "Aas",
        "Bakke",
        "Dahl",
        "Eide",
        "Foss",
        "Grønli",
        "Hansen",
        "Iversen",
        "Jakobsen",
        "Knutsen",
        "Lie",
        "Myhre",
        "Nygård",
        "Pedersen",
        "Rustad",
        "Sæther",
        "Thorsen",
        "Vik",
        "Wold",
        "Ødegård",
        "Amundsen",
        "Berntsen"
    };
    private static final Sector[] SECTOR_PATTERN = {
        Sector.HEALTH_AND_CARE, Sector.EDUCATION, Sector.TECHNICAL, Sector.HEALTH_AND_CARE, Sector.EDUCATION,
        Sector.CULTURE, Sector.HEALTH_AND_CARE, Sector.EDUCATION, Sector.STAFF_AND_SUPPORT, Sector.TECHNICAL,
        Sector.NAV, Sector.OTHER
    };
    private static final Map<Sector, String[]> UNITS = Map.of(
            Sector.HEALTH_AND_CARE,
            new String[] {
                "Hjemmetjenesten Åssiden",
                "Fjell bo- og omsorgssenter",
                "Legevakten",
                "Rus og psykisk helse",
                "Helsestasjon Strømsø",
                "Bragernes bo- og omsorgssenter"
            },
            Sector.EDUCATION,
            new String[] {
                "Brandengen skole",
                "Galterud skole",
                "Gulskogen skole",
                "Marienlyst skole",
                "Åssiden barnehage",
                "Fjell barnehage",
                "Drammen voksenopplæring"
            },
            Sector.TECHNICAL,
            new String[] {"Vei og trafikk", "Park og idrett", "Byggesak", "Eiendomsforvaltning"},
            Sector.CULTURE,
            new String[] {"Drammensbiblioteket", "Kulturskolen", "Fritid og ungdom"},
            Sector.STAFF_AND_SUPPORT,
            new String[] {"Digitalisering", "Lønn og regnskap", "Innkjøp"},
            Sector.NAV,
            new String[] {"NAV Drammen"},
            Sector.OTHER,
            new String[] {"Frivilligsentralen"});

    /** The school's leaders beyond the seven in {@link DemoLeaders}. */
    static final List<DemoLeader> ALL;

    /** Whose manager is whom, by e-mail (report to manager). */
    static final Map<String, String> MANAGERS;

    static {
        List<DemoLeader> leaders = new ArrayList<>();
        Map<String, String> managers = new LinkedHashMap<>();
        leaders.add(new DemoLeader(
                "Tor Kristiansen",
                TECHNICAL_HEAD,
                "Kommunalsjef teknikk",
                "3301",
                "Kommunalsjefens stab",
                Sector.TECHNICAL));
        leaders.add(new DemoLeader(
                "Liv Berge", CULTURE_HEAD, "Kommunalsjef kultur", "3301", "Kommunalsjefens stab", Sector.CULTURE));
        leaders.add(new DemoLeader(
                "Sofie Nordby",
                "sofie.nordby@drammen.example",
                "Avdelingsleder",
                "3301",
                "Bo- og omsorgssenter",
                Sector.HEALTH_AND_CARE));
        managers.put("sofie.nordby@drammen.example", "kari.nordmann@drammen.example");
        managers.put("kari.nordmann@drammen.example", "wenche.larsen@drammen.example");
        managers.put("ase.andersen@drammen.example", "geir.halvorsen@drammen.example");
        managers.put("ivar.moen@drammen.example", "geir.halvorsen@drammen.example");
        managers.put("dag.olsen@drammen.example", TECHNICAL_HEAD);
        Set<String> emails = new HashSet<>();
        for (int i = 0; leaders.size() < 53; i++) {
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i * 5 + i / FIRST.length) % LAST.length];
            String email = ascii(first) + "." + ascii(last) + "@drammen.example";
            if (!emails.add(email)) {
                continue;
            }
            Sector sector = SECTOR_PATTERN[i % SECTOR_PATTERN.length];
            String[] units = UNITS.get(sector);
            String unit = units[(i / SECTOR_PATTERN.length) % units.length];
            String title = title(sector, unit, i);
            leaders.add(new DemoLeader(first + " " + last, email, title, "3301", unit, sector));
            String manager = switch (sector) {
                case HEALTH_AND_CARE -> "wenche.larsen@drammen.example";
                case EDUCATION -> "geir.halvorsen@drammen.example";
                case TECHNICAL -> TECHNICAL_HEAD;
                case CULTURE -> CULTURE_HEAD;
                case STAFF_AND_SUPPORT -> "dag.ronning@drammen.example";
                default -> null;
            };
            if (manager != null) {
                managers.put(email, manager);
            }
        }
        ALL = List.copyOf(leaders);
        MANAGERS = Map.copyOf(managers);
    }

    private static String title(Sector sector, String unit, int i) {
        if (unit.endsWith("skole")) {
            return i % 3 == 0 ? "Inspektør" : "Rektor";
        }
        if (unit.endsWith("barnehage")) {
            return "Styrer";
        }
        return i % 2 == 0 ? "Enhetsleder" : "Avdelingsleder";
    }

    /** "Øystein" becomes "oystein", "Grønli" "gronli": e-mail addresses in plain letters. */
    private static String ascii(String name) {
        String replaced = name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("å", "a");
        return Normalizer.normalize(replaced, Normalizer.Form.NFD).replaceAll("[^a-z]", "");
    }

    private DemoSchoolLeaders() {}
}
