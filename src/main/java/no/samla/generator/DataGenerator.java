package no.samla.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.samla.survey.Instrument;

/**
 * Writes a whole generated installation into a migrated database, in one transaction: providers, coordinators,
 * municipality admins and leaders with accounts, programmes with enrolled municipalities, leader groups,
 * participants and gatherings with agendas and material, attendance, evaluations, assignments, coaching with
 * development projects, network groups with meetings, log entries, innovation cases with benefits, method tools,
 * home visits, pitches and spread, leadership platforms and surveys with answers. Everything is planned in memory from one seed and the reference date, then
 * streamed with COPY; no set or map is iterated where its order would change the rows.
 */
public final class DataGenerator {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** Well-known large municipalities and their size in thousands of inhabitants; the others are drawn small. */
    private static final Map<String, Integer> LARGE = Map.ofEntries(
            Map.entry("0301", 717),
            Map.entry("4601", 291),
            Map.entry("5001", 214),
            Map.entry("1103", 149),
            Map.entry("3201", 129),
            Map.entry("4204", 117),
            Map.entry("3301", 104),
            Map.entry("3203", 98),
            Map.entry("3205", 93),
            Map.entry("3107", 84),
            Map.entry("1108", 83),
            Map.entry("5501", 78),
            Map.entry("1508", 67),
            Map.entry("3907", 66),
            Map.entry("3105", 59),
            Map.entry("1804", 53),
            Map.entry("4203", 46),
            Map.entry("3403", 32));

    private static final List<String> ALWAYS = List.of("0301", "4601", "5001");

    private final GeneratorSettings settings;
    private final GeneratorSize size;
    private final LocalDate today;
    private final String domain = "@" + GeneratorSettings.EMAIL_DOMAIN;

    private Connection connection;
    private GenerationReport report;

    private final List<Municipality> municipalities = new ArrayList<>();
    private long[] providerIds;
    private long[] coordinatorIds;
    private String[] coordinatorNames;
    /** The municipality admin of each municipality, in the order of {@link #municipalities}. */
    private long[] adminIds;

    private long[] leaderIds;
    private int[] leaderMunicipality;
    private final List<Programme> programmes = new ArrayList<>();
    private final List<long[]> phaseSteps = new ArrayList<>();
    private long[] phaseIds;
    private long[] caseIds;
    private final List<Case> cases = new ArrayList<>();
    /** The respondent-key HMAC under the secret the evaluation and survey modules share. */
    private Mac respondentKey;

    public DataGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.size = settings.size();
        this.today = settings.today();
    }

    /** Generates into the database of {@code connection}, committing once at the end. */
    public GenerationReport generate(Connection connection) throws SQLException {
        this.connection = connection;
        this.report = new GenerationReport();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            municipalities();
            people();
            planProgrammes();
            writeProgrammes();
            writeGatherings();
            writeAgendas();
            writeMaterial();
            writeParticipation();
            writeAttendance();
            writeEvaluations();
            writeAssignments();
            writeCoaching();
            writeNetworkGroups();
            writeLogEntries();
            writeInnovationCases();
            writeMethodTools();
            writeHomeVisits();
            writePitches();
            writeCaseSpread();
            writePlatforms();
            writeSurveys();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        }
        return report;
    }

    private SplittableRandom random(int stage) {
        return new SplittableRandom(settings.seed() * 1_000_003L + stage);
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(OSLO).toInstant();
    }

    private static LocalDate weekday(LocalDate date) {
        LocalDate day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static int between(SplittableRandom random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    // ---- municipalities -------------------------------------------------------------------------------------

    private static final class Municipality {
        final long id;
        final String number;
        final String name;
        double weight;
        int leaders;
        final List<Integer> programmes = new ArrayList<>();
        final List<Integer> leaderIndexes = new ArrayList<>();

        Municipality(long id, String number, String name) {
            this.id = id;
            this.number = number;
            this.name = name;
        }
    }

    private void municipalities() throws SQLException {
        long started = System.nanoTime();
        List<Municipality> all = new ArrayList<>();
        try (PreparedStatement statement =
                        connection.prepareStatement("select id, number, name from municipality order by number");
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                all.add(new Municipality(result.getLong(1), result.getString(2), result.getString(3)));
            }
        }
        SplittableRandom random = random(1);
        if (size.municipalities() >= all.size()) {
            municipalities.addAll(all);
        } else {
            List<Municipality> rest = new ArrayList<>();
            for (Municipality m : all) {
                (ALWAYS.contains(m.number) ? municipalities : rest).add(m);
            }
            shuffle(rest, random);
            municipalities.addAll(rest.subList(0, size.municipalities() - municipalities.size()));
            municipalities.sort((a, b) -> a.number.compareTo(b.number));
        }
        for (Municipality m : municipalities) {
            Integer known = LARGE.get(m.number);
            double u = random.nextDouble();
            m.weight = known != null ? known : 1 + 40 * u * u * u * u;
        }
        int minimum = 3;
        int spread = size.leaders() - minimum * municipalities.size();
        double total = municipalities.stream().mapToDouble(m -> m.weight).sum();
        int given = 0;
        for (Municipality m : municipalities) {
            m.leaders = minimum + (int) Math.floor(spread * m.weight / total);
            given += m.leaders;
        }
        // What rounding left over goes to the largest, in their order.
        List<Municipality> bySize = new ArrayList<>(municipalities);
        bySize.sort((a, b) -> Double.compare(b.weight, a.weight));
        for (int i = 0; given < size.leaders(); i++, given++) {
            bySize.get(i % bySize.size()).leaders++;
        }
        report.add("municipality (read)", municipalities.size(), System.nanoTime() - started);
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }

    // ---- providers, people, accounts ------------------------------------------------------------------------

    private void people() {
        SplittableRandom random = random(2);
        Instant created = at(today.minusDays(720), 8, 0);
        TableWriter providers = TableWriter.withIds(
                connection, "provider_organisation", "name", "kind", "org_number", "email", "website", "created_at");
        List<String> kinds = List.of("CONSULTANCY", "REGIONAL_NETWORK", "ASSOCIATION", "CONSULTANCY");
        for (int i = 0; i < size.providers(); i++) {
            String name = Texts.PROVIDER_PREFIXES.get(i % Texts.PROVIDER_PREFIXES.size()) + " "
                    + Texts.PROVIDER_SUFFIXES.get((i / Texts.PROVIDER_PREFIXES.size()) % Texts.PROVIDER_SUFFIXES.size())
                    + (i >= Texts.PROVIDER_PREFIXES.size() * Texts.PROVIDER_SUFFIXES.size() ? " " + (i + 1) : "");
            providers.row(
                    name,
                    kinds.get(i % kinds.size()),
                    String.format("98%07d", i + 1),
                    "post-" + (i + 1) + domain,
                    null,
                    created);
        }
        providerIds = providers.end(report);

        TableWriter persons = TableWriter.withIds(
                connection,
                "person",
                "full_name",
                "email",
                "title",
                "municipality_id",
                "provider_organisation_id",
                "unit",
                "sector",
                "created_at");
        List<String> emails = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        List<Long> roleMunicipality = new ArrayList<>();

        persons.row("Generert administrator", "admin" + domain, "Systemansvarlig", null, null, null, null, created);
        emails.add("admin" + domain);
        roles.add("ADMIN");
        roleMunicipality.add(null);

        coordinatorNames = new String[size.coordinators()];
        for (int i = 0; i < size.coordinators(); i++) {
            coordinatorNames[i] = name(random);
            String email = "koordinator-" + (i + 1) + domain;
            persons.row(
                    coordinatorNames[i],
                    email,
                    "Rådgiver",
                    null,
                    providerIds[i % providerIds.length],
                    null,
                    null,
                    created);
            emails.add(email);
            roles.add("COORDINATOR");
            roleMunicipality.add(null);
        }
        for (Municipality m : municipalities) {
            String email = "kommuneadmin-" + m.number + domain;
            persons.row(
                    name(random),
                    email,
                    "HR-rådgiver",
                    m.id,
                    null,
                    "Personal og organisasjon",
                    "STAFF_AND_SUPPORT",
                    created);
            emails.add(email);
            roles.add("MUNICIPALITY_ADMIN");
            roleMunicipality.add(m.id);
        }
        leaderMunicipality = new int[size.leaders()];
        int n = 0;
        for (int mi = 0; mi < municipalities.size(); mi++) {
            Municipality m = municipalities.get(mi);
            for (int k = 0; k < m.leaders; k++, n++) {
                int unit = random.nextInt(Texts.UNITS.size());
                String email = "leder-" + (n + 1) + domain;
                persons.row(
                        name(random),
                        email,
                        Texts.pick(Texts.TITLES, random),
                        m.id,
                        null,
                        Texts.UNITS.get(unit) + " " + m.name,
                        Texts.SECTORS.get(unit % Texts.SECTORS.size()),
                        created);
                emails.add(email);
                roles.add("LEADER");
                roleMunicipality.add(null);
                leaderMunicipality[n] = mi;
                m.leaderIndexes.add(n);
            }
        }
        long[] personIds = persons.end(report);
        coordinatorIds = Arrays.copyOfRange(personIds, 1, 1 + size.coordinators());
        adminIds =
                Arrays.copyOfRange(personIds, 1 + size.coordinators(), 1 + size.coordinators() + municipalities.size());
        int firstLeader = 1 + size.coordinators() + municipalities.size();
        leaderIds = Arrays.copyOfRange(personIds, firstLeader, firstLeader + size.leaders());

        TableWriter accounts = TableWriter.withIds(
                connection, "account", "person_id", "email", "password_hash", "password_changed_at", "created_at");
        for (int i = 0; i < personIds.length; i++) {
            accounts.row(personIds[i], emails.get(i), settings.passwordHash(), created, created);
        }
        long[] accountIds = accounts.end(report);
        TableWriter accountRoles = TableWriter.of(connection, "account_role", "account_id", "role", "municipality_id");
        for (int i = 0; i < accountIds.length; i++) {
            accountRoles.row(accountIds[i], roles.get(i), roleMunicipality.get(i));
        }
        accountRoles.end(report);
    }

    /**
     * A table that ties people to rows written before ({@code parentColumn}, person_id): the people of the row with
     * {@code parentIds[i]} are {@code people.get(i)}.
     */
    private void writePeopleOf(String table, String parentColumn, long[] parentIds, List<List<Long>> people) {
        TableWriter links = TableWriter.of(connection, table, parentColumn, "person_id");
        for (int i = 0; i < parentIds.length; i++) {
            for (long person : people.get(i)) {
                links.row(parentIds[i], person);
            }
        }
        links.end(report);
    }

    private static String name(SplittableRandom random) {
        return Texts.pick(Texts.FIRST_NAMES, random) + " " + Texts.pick(Texts.LAST_NAMES, random);
    }

    // ---- programmes -----------------------------------------------------------------------------------------

    private static final class Programme {
        long id;
        int provider;
        String name;
        String status;
        LocalDate start;
        LocalDate end;
        final List<Long> coordinators = new ArrayList<>();
        final List<Integer> municipalities = new ArrayList<>();
        long[] enrolmentIds;
        long[] leaderGroupIds;
        /** Leaders (indexes) taking part, in the order they joined. */
        final List<Integer> participants = new ArrayList<>();

        final List<Boolean> inLeaderGroup = new ArrayList<>();
        long[] participationIds;
        final List<LocalDate> gatheringDates = new ArrayList<>();
        final List<String> gatheringFormats = new ArrayList<>();
        long[] gatheringIds;
        /** Per gathering held, who of the participants (in their order) was there; null for those ahead. */
        final List<boolean[]> present = new ArrayList<>();

        int networkGroups;

        boolean started(LocalDate today) {
            return !start.isAfter(today);
        }

        LocalDate joinedOn(LocalDate today) {
            return min(start.minusDays(14), today);
        }
    }

    private void planProgrammes() {
        SplittableRandom random = random(3);
        int count = size.programmes();
        for (int p = 0; p < count; p++) {
            Programme programme = new Programme();
            programme.provider = p % size.providers();
            double u = random.nextDouble();
            if (u < 0.15) {
                programme.status = "COMPLETED";
                programme.start = today.minusDays(between(random, 560, 720));
                programme.end = min(programme.start.plusDays(between(random, 300, 480)), today.minusDays(14));
            } else if (u < 0.85) {
                programme.status = "RUNNING";
                programme.start = today.minusDays(between(random, 30, 450));
                programme.end = max(programme.start.plusDays(between(random, 300, 540)), today.plusDays(30));
            } else {
                programme.status = "PLANNED";
                programme.start = today.plusDays(between(random, 14, 120));
                programme.end = programme.start.plusDays(between(random, 300, 420));
            }
            programme.start = weekday(programme.start);
            List<Long> own = new ArrayList<>();
            for (int c = programme.provider; c < coordinatorIds.length; c += size.providers()) {
                own.add(coordinatorIds[c]);
            }
            int first = (p / size.providers()) % own.size();
            programme.coordinators.add(own.get(first));
            if (own.size() > 1 && random.nextDouble() < 0.4) {
                programme.coordinators.add(own.get((first + 1 + random.nextInt(own.size() - 1)) % own.size()));
            }
            programmes.add(programme);
        }
        // Every municipality takes part somewhere; then each programme fills up to its own number (1-12),
        // drawing municipalities by size, so large ones take part in many programmes.
        List<Integer> order = new ArrayList<>();
        for (int m = 0; m < municipalities.size(); m++) {
            order.add(m);
        }
        shuffle(order, random);
        for (int i = 0; i < order.size(); i++) {
            enrol(programmes.get(i % count), order.get(i));
        }
        double[] cumulative = new double[municipalities.size()];
        double sum = 0;
        for (int m = 0; m < municipalities.size(); m++) {
            sum += municipalities.get(m).leaders;
            cumulative[m] = sum;
        }
        for (int p = 0; p < count; p++) {
            Programme programme = programmes.get(p);
            double u = random.nextDouble();
            int wanted = Math.min(municipalities.size(), 1 + (int) Math.floor(11 * u * u * u));
            int attempts = 0;
            while (programme.municipalities.size() < wanted && attempts++ < 1000) {
                int m = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                m = m < 0 ? -m - 1 : m;
                if (!programme.municipalities.contains(m)) {
                    enrol(programme, m);
                }
            }
        }
        for (int p = 0; p < count; p++) {
            Programme programme = programmes.get(p);
            String where = municipalities.get(programme.municipalities.get(0)).name;
            programme.name = Texts.PROGRAMME_KINDS.get(p % Texts.PROGRAMME_KINDS.size()) + " "
                    + (programme.municipalities.size() == 1 ? where : where + " og flere") + " "
                    + programme.start.getYear() + " (" + (p + 1) + ")";
        }
        // Leaders: first one to each programme of their municipality, the rest at random; a few in a second one.
        for (Municipality m : municipalities) {
            List<Integer> leaders = m.leaderIndexes;
            for (int i = 0; i < leaders.size(); i++) {
                int leader = leaders.get(i);
                int p = i < m.programmes.size()
                        ? m.programmes.get(i)
                        : m.programmes.get(random.nextInt(m.programmes.size()));
                join(programmes.get(p), leader, random);
                if (m.programmes.size() > 1 && random.nextDouble() < 0.03) {
                    int other = m.programmes.get(random.nextInt(m.programmes.size()));
                    if (other != p) {
                        join(programmes.get(other), leader, random);
                    }
                }
            }
        }
        for (Programme programme : programmes) {
            int n = programme.participants.size();
            programme.networkGroups = programme.started(today) && n >= 6 ? Math.max(1, Math.round(n / 4.3f)) : 0;
            long span = ChronoUnit.DAYS.between(programme.start, programme.end);
            for (int g = 0; g < GeneratorSize.GATHERINGS_PER_PROGRAMME; g++) {
                programme.gatheringDates.add(
                        weekday(programme.start.plusDays(span * g / GeneratorSize.GATHERINGS_PER_PROGRAMME)));
            }
        }
    }

    private void enrol(Programme programme, int municipality) {
        programme.municipalities.add(municipality);
        municipalities.get(municipality).programmes.add(programmes.indexOf(programme));
    }

    private static void join(Programme programme, int leader, SplittableRandom random) {
        programme.participants.add(leader);
        programme.inLeaderGroup.add(random.nextDouble() < 0.2);
    }

    private void writeProgrammes() {
        SplittableRandom random = random(4);
        TableWriter writer = TableWriter.withIds(
                connection,
                "programme",
                "name",
                "description",
                "provider_organisation_id",
                "start_date",
                "end_date",
                "status",
                "network_groups",
                "meetings_per_network_group",
                "coaching_sessions_per_participant",
                "adviser_day_rate",
                "advisers_per_gathering",
                "network_day_rate",
                "network_meetings_per_day",
                "coaching_hourly_rate",
                "coaching_hours_per_session",
                "evaluation_amount",
                "travel_estimate",
                "created_at");
        for (Programme p : programmes) {
            writer.row(
                    p.name,
                    "Et program med " + GeneratorSize.GATHERINGS_PER_PROGRAMME
                            + " samlinger, nettverksgrupper og individuell veiledning.",
                    providerIds[p.provider],
                    p.start,
                    p.end,
                    p.status,
                    p.networkGroups,
                    p.networkGroups > 0 ? GeneratorSize.MEETINGS_PER_NETWORK_GROUP : 0,
                    GeneratorSize.COACHING_SESSIONS_PER_LEADER,
                    "18000.00",
                    2,
                    "15000.00",
                    2,
                    "1800.00",
                    "1.00",
                    "25000.00",
                    "12000.00",
                    at(p.start.minusDays(90), 10, 0));
        }
        long[] ids = writer.end(report);
        for (int i = 0; i < ids.length; i++) {
            programmes.get(i).id = ids[i];
        }
        TableWriter themes = TableWriter.of(connection, "programme_theme", "programme_id", "position", "title");
        for (Programme p : programmes) {
            int first = random.nextInt(Texts.THEMES.size());
            for (int t = 0; t < 4; t++) {
                themes.row(p.id, t, Texts.THEMES.get((first + t) % Texts.THEMES.size()));
            }
        }
        themes.end(report);
        writePeopleOf(
                "programme_coordinator",
                "programme_id",
                programmes.stream().mapToLong(p -> p.id).toArray(),
                programmes.stream().map(p -> p.coordinators).toList());

        TableWriter enrolments = TableWriter.withIds(
                connection, "programme_municipality", "programme_id", "municipality_id", "enrolled_at");
        for (Programme p : programmes) {
            for (int m : p.municipalities) {
                enrolments.row(p.id, municipalities.get(m).id, at(p.start.minusDays(60), 12, 0));
            }
        }
        long[] enrolmentIds = enrolments.end(report);
        TableWriter groups = TableWriter.withIds(connection, "leader_group", "programme_municipality_id", "name");
        int e = 0;
        for (Programme p : programmes) {
            p.enrolmentIds = Arrays.copyOfRange(enrolmentIds, e, e + p.municipalities.size());
            e += p.municipalities.size();
            for (long enrolment : p.enrolmentIds) {
                groups.row(enrolment, "Kommunedirektørens ledergruppe");
            }
        }
        long[] groupIds = groups.end(report);
        int g = 0;
        for (Programme p : programmes) {
            p.leaderGroupIds = Arrays.copyOfRange(groupIds, g, g + p.municipalities.size());
            g += p.municipalities.size();
        }
    }

    private void writeGatherings() {
        SplittableRandom random = random(5);
        TableWriter writer = TableWriter.withIds(
                connection,
                "gathering",
                "programme_id",
                "number",
                "title",
                "theme",
                "format",
                "start_date",
                "start_time",
                "end_time",
                "venue_name",
                "venue_address",
                "venue_capacity",
                "video_link",
                "calendar_changed_at");
        for (Programme p : programmes) {
            String place = municipalities.get(p.municipalities.get(0)).name;
            for (int g = 0; g < p.gatheringDates.size(); g++) {
                String theme = Texts.THEMES.get((g + p.provider) % Texts.THEMES.size());
                double u = random.nextDouble();
                String format = u < 0.6 ? "ONE_DAY" : u < 0.8 ? "TWO_DAYS" : u < 0.9 ? "LUNCH_TO_LUNCH" : "DIGITAL";
                boolean digital = format.equals("DIGITAL");
                boolean lunch = format.equals("LUNCH_TO_LUNCH");
                p.gatheringFormats.add(format);
                writer.row(
                        p.id,
                        g + 1,
                        theme,
                        theme,
                        format,
                        p.gatheringDates.get(g),
                        lunch ? LocalTime.of(11, 0) : LocalTime.of(9, 0),
                        lunch ? LocalTime.of(13, 0) : LocalTime.of(15, 30),
                        digital ? null : "Kulturhuset i " + place,
                        digital ? null : "Storgata 1, " + place,
                        digital ? null : 40 + 20 * random.nextInt(10),
                        digital ? "https://meet." + GeneratorSettings.EMAIL_DOMAIN + "/samling-" + (g + 1) : null,
                        at(p.start.minusDays(60), 12, 0));
            }
        }
        long[] ids = writer.end(report);
        int i = 0;
        List<List<Long>> facilitators = new ArrayList<>();
        for (Programme p : programmes) {
            p.gatheringIds = Arrays.copyOfRange(ids, i, i + p.gatheringDates.size());
            i += p.gatheringDates.size();
            for (int g = 0; g < p.gatheringIds.length; g++) {
                facilitators.add(p.coordinators);
            }
        }
        writePeopleOf("gathering_facilitator", "gathering_id", ids, facilitators);
    }

    /**
     * The agenda of every gathering: a day's items (talks, reflection stops, group work, case work, breaks and
     * lunch) on each of its days, led by the programme's coordinators.
     */
    private void writeAgendas() {
        SplittableRandom random = random(13);
        TableWriter items = TableWriter.of(
                connection,
                "agenda_item",
                "gathering_id",
                "day",
                "position",
                "title",
                "item_type",
                "duration_minutes",
                "responsible_person_id",
                "note");
        for (Programme p : programmes) {
            for (int g = 0; g < p.gatheringIds.length; g++) {
                String theme = Texts.THEMES.get((g + p.provider) % Texts.THEMES.size());
                String format = p.gatheringFormats.get(g);
                int days = format.equals("TWO_DAYS") || format.equals("LUNCH_TO_LUNCH") ? 2 : 1;
                List<String> plan = format.equals("DIGITAL") ? Texts.AGENDA_DIGITAL : Texts.AGENDA_DAY;
                for (int day = 1; day <= days; day++) {
                    for (int position = 1; position <= plan.size(); position++) {
                        String[] item = plan.get(position - 1).split("\\|");
                        boolean pause = item[0].equals("BREAK") || item[0].equals("LUNCH");
                        items.row(
                                p.gatheringIds[g],
                                day,
                                position,
                                item[2].replace("{theme}", theme),
                                item[0],
                                Integer.parseInt(item[1]),
                                pause ? null : p.coordinators.get(random.nextInt(p.coordinators.size())),
                                item[0].equals("CASE_WORK") && random.nextDouble() < 0.5
                                        ? "Ta med status for caset."
                                        : null);
                    }
                }
            }
        }
        items.end(report);
    }

    /**
     * Material as links (no uploaded files): one to read before every gathering from two weeks ahead, one after every
     * gathering held.
     */
    private void writeMaterial() {
        SplittableRandom random = random(14);
        TableWriter material = TableWriter.of(
                connection,
                "gathering_material",
                "gathering_id",
                "kind",
                "title",
                "url",
                "created_at",
                "created_by_person_id");
        String site = "https://laering." + GeneratorSettings.EMAIL_DOMAIN + "/programmer/";
        for (Programme p : programmes) {
            for (int g = 0; g < p.gatheringIds.length; g++) {
                LocalDate date = p.gatheringDates.get(g);
                long by = p.coordinators.get(0);
                if (!date.minusDays(14).isAfter(today)) {
                    material.row(
                            p.gatheringIds[g],
                            "BEFORE",
                            Texts.pick(Texts.MATERIAL_BEFORE, random),
                            site + p.id + "/samling-" + (g + 1) + "/for",
                            at(date.minusDays(14), 9, 0),
                            by);
                }
                if (date.isBefore(today)) {
                    material.row(
                            p.gatheringIds[g],
                            "AFTER",
                            Texts.pick(Texts.MATERIAL_AFTER, random),
                            site + p.id + "/samling-" + (g + 1) + "/etter",
                            at(date.plusDays(1), 9, 0),
                            by);
                }
            }
        }
        material.end(report);
    }

    private void writeParticipation() {
        TableWriter writer = TableWriter.withIds(
                connection, "participation", "programme_id", "person_id", "leader_group_id", "joined_on");
        for (Programme p : programmes) {
            LocalDate joined = p.joinedOn(today);
            for (int i = 0; i < p.participants.size(); i++) {
                int leader = p.participants.get(i);
                Long group = null;
                if (p.inLeaderGroup.get(i)) {
                    group = p.leaderGroupIds[p.municipalities.indexOf(leaderMunicipality[leader])];
                }
                writer.row(p.id, leaderIds[leader], group, joined);
            }
            for (long coordinator : p.coordinators) {
                writer.row(p.id, coordinator, null, joined);
            }
        }
        long[] ids = writer.end(report);
        TableWriter roles = TableWriter.of(connection, "participation_role", "participation_id", "role");
        int i = 0;
        for (Programme p : programmes) {
            p.participationIds = Arrays.copyOfRange(ids, i, i + p.participants.size());
            for (int k = 0; k < p.participants.size(); k++) {
                roles.row(ids[i++], "PARTICIPANT");
            }
            for (int k = 0; k < p.coordinators.size(); k++) {
                roles.row(ids[i], "FACILITATOR");
                roles.row(ids[i++], "COACH");
            }
        }
        roles.end(report);
    }

    private void writeAttendance() {
        SplittableRandom random = random(6);
        TableWriter writer = TableWriter.of(
                connection,
                "attendance",
                "gathering_id",
                "person_id",
                "status",
                "late",
                "comment",
                "updated_at",
                "updated_by_person_id");
        for (Programme p : programmes) {
            for (int g = 0; g < p.gatheringIds.length; g++) {
                LocalDate date = p.gatheringDates.get(g);
                if (!date.isBefore(today)) {
                    p.present.add(null);
                    continue;
                }
                Instant marked = at(date, 16, 0);
                boolean[] there = new boolean[p.participants.size()];
                p.present.add(there);
                for (int i = 0; i < there.length; i++) {
                    int leader = p.participants.get(i);
                    double u = random.nextDouble();
                    String status = u < 0.85 ? "PRESENT" : u < 0.93 ? "ABSENT" : "EXCUSED";
                    there[i] = status.equals("PRESENT");
                    boolean late = status.equals("PRESENT") && random.nextDouble() < 0.06;
                    String comment = status.equals("EXCUSED") ? "Sykdom i familien" : late ? "Kom litt for sent" : null;
                    writer.row(
                            p.gatheringIds[g], leaderIds[leader], status, late, comment, marked, p.coordinators.get(0));
                }
            }
        }
        writer.end(report);
    }

    /**
     * An anonymous evaluation of every gathering held: closed two weeks after, open until then, answered by most of
     * those present. The respondent key is the one the evaluation module computes (HMAC-SHA256 of "evaluation:person"
     * under the secret in {@code evaluation_setting}), so that a leader finds their own answer; the generator sets
     * that secret, from the seed.
     */
    private void writeEvaluations() throws SQLException {
        SplittableRandom random = random(12);
        byte[] secretBytes = new byte[32];
        for (int i = 0; i < secretBytes.length; i++) {
            secretBytes[i] = (byte) random.nextInt(256);
        }
        String secret = Base64.getEncoder().encodeToString(secretBytes);
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into evaluation_setting (name, value) values ('respondent-key-secret', ?) "
                        + "on conflict (name) do nothing")) {
            statement.setString(1, secret);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement(
                        "select value from evaluation_setting where name = 'respondent-key-secret'");
                ResultSet result = statement.executeQuery()) {
            result.next();
            secret = result.getString(1);
        }
        TableWriter evaluations = TableWriter.withIds(
                connection,
                "evaluation",
                "programme_id",
                "gathering_id",
                "status",
                "anonymous",
                "opened_at",
                "closed_at");
        List<Programme> of = new ArrayList<>();
        List<Integer> gathering = new ArrayList<>();
        for (Programme p : programmes) {
            for (int g = 0; g < p.gatheringIds.length; g++) {
                if (p.present.get(g) == null) {
                    continue;
                }
                LocalDate date = p.gatheringDates.get(g);
                boolean closed = date.plusDays(14).isBefore(today);
                evaluations.row(
                        p.id,
                        p.gatheringIds[g],
                        closed ? "CLOSED" : "OPEN",
                        true,
                        at(date, 15, 0),
                        closed ? at(date.plusDays(14), 12, 0) : null);
                of.add(p);
                gathering.add(g);
            }
        }
        long[] ids = evaluations.end(report);
        try {
            respondentKey = Mac.getInstance("HmacSHA256");
            respondentKey.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
        TableWriter respondents = TableWriter.of(connection, "evaluation_respondent", "evaluation_id", "person_id");
        List<long[]> answered = new ArrayList<>();
        for (int e = 0; e < ids.length; e++) {
            Programme p = of.get(e);
            boolean[] there = p.present.get(gathering.get(e));
            for (int i = 0; i < there.length; i++) {
                if (there[i] && random.nextDouble() < 0.6) {
                    long person = leaderIds[p.participants.get(i)];
                    respondents.row(ids[e], person);
                    answered.add(new long[] {ids[e], person});
                }
            }
        }
        respondents.end(report);
        TableWriter answers = TableWriter.of(
                connection,
                "evaluation_answer",
                "id",
                "evaluation_id",
                "respondent_key",
                "score",
                "went_well",
                "could_be_better");
        for (long[] answer : answered) {
            String key = key(answer[0] + ":" + answer[1]);
            double u = random.nextDouble();
            int score = u < 0.05 ? 2 : u < 0.25 ? 3 : u < 0.7 ? 4 : 5;
            answers.row(
                    uuid(random),
                    answer[0],
                    key,
                    score,
                    random.nextDouble() < 0.6 ? Texts.pick(Texts.WENT_WELL, random) : null,
                    random.nextDouble() < 0.4 ? Texts.pick(Texts.COULD_BE_BETTER, random) : null);
        }
        answers.end(report);
    }

    /** The respondent key of a message, as {@code RespondentKeys} computes it. */
    private String key(String message) {
        return HexFormat.of().formatHex(respondentKey.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    /** A random (version 4) UUID drawn from the seeded generator. */
    private static UUID uuid(SplittableRandom random) {
        long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private void writeAssignments() {
        SplittableRandom random = random(7);
        TableWriter writer = TableWriter.withIds(
                connection,
                "assignment",
                "programme_id",
                "gathering_id",
                "kind",
                "title",
                "description",
                "due_on",
                "audience",
                "created_by_person_id",
                "created_at");
        List<Programme> of = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        for (Programme p : programmes) {
            for (int g = 0; g + 1 < p.gatheringIds.length; g++) {
                if (p.gatheringDates.get(g).isAfter(today)) {
                    break;
                }
                int kind = (g + p.provider) % Texts.ASSIGNMENT_KINDS.size();
                writer.row(
                        p.id,
                        p.gatheringIds[g],
                        Texts.ASSIGNMENT_KINDS.get(kind),
                        Texts.ASSIGNMENT_TITLES.get(kind),
                        "Skriv kort i loggen hva du gjorde og hva du lærte.",
                        p.gatheringDates.get(g + 1),
                        "ALL",
                        p.coordinators.get(0),
                        at(p.gatheringDates.get(g), 16, 30));
                of.add(p);
                after.add(g);
            }
        }
        long[] ids = writer.end(report);
        TableWriter recipients =
                TableWriter.of(connection, "assignment_recipient", "assignment_id", "person_id", "done_at");
        for (int a = 0; a < ids.length; a++) {
            Programme p = of.get(a);
            LocalDate given = p.gatheringDates.get(after.get(a));
            LocalDate due = p.gatheringDates.get(after.get(a) + 1);
            for (int leader : p.participants) {
                double u = random.nextDouble();
                LocalDate done = null;
                if (!due.isAfter(today)) {
                    if (u < 0.6) {
                        done = max(given, due.minusDays(random.nextInt(10)));
                    } else if (u < 0.8) {
                        LocalDate late = due.plusDays(1 + random.nextInt(20));
                        done = late.isAfter(today) ? null : late;
                    }
                } else if (u < 0.45) {
                    done = given.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(given, today) + 1));
                }
                recipients.row(ids[a], leaderIds[leader], done == null ? null : at(done, 20, 0));
            }
        }
        recipients.end(report);
    }

    private void writeCoaching() {
        SplittableRandom random = random(8);
        TableWriter assignments = TableWriter.of(
                connection, "coaching_assignment", "programme_id", "participant_person_id", "coach_person_id");
        for (Programme p : programmes) {
            List<Integer> leaders = new ArrayList<>(p.participants);
            for (int i = 0; i < leaders.size(); i++) {
                assignments.row(p.id, leaderIds[leaders.get(i)], p.coordinators.get(i % p.coordinators.size()));
            }
        }
        assignments.end(report);

        record Booking(long programme, long leader, long coach, Instant startsAt, boolean past) {}
        List<Booking> bookings = new ArrayList<>();
        TableWriter slots = TableWriter.withIds(
                connection,
                "coaching_slot",
                "programme_id",
                "coach_person_id",
                "starts_at",
                "minutes",
                "mode",
                "place",
                "created_at");
        List<String> modes = List.of("VIDEO", "VIDEO", "PHONE", "IN_PERSON");
        for (Programme p : programmes) {
            List<Integer> leaders = new ArrayList<>(p.participants);
            long span = ChronoUnit.DAYS.between(p.start, p.end);
            for (int i = 0; i < leaders.size(); i++) {
                long coach = p.coordinators.get(i % p.coordinators.size());
                for (int k = 0; k < GeneratorSize.COACHING_SESSIONS_PER_LEADER; k++) {
                    long offset = span * (2L * k + 1) / (2L * GeneratorSize.COACHING_SESSIONS_PER_LEADER)
                            + between(random, -10, 10);
                    LocalDate day = weekday(p.start.plusDays(Math.max(1, offset)));
                    Instant startsAt = at(day, between(random, 8, 15), random.nextBoolean() ? 0 : 30);
                    String mode = modes.get(random.nextInt(modes.size()));
                    String place = switch (mode) {
                        case "VIDEO" -> "https://meet." + GeneratorSettings.EMAIL_DOMAIN + "/veiledning-" + coach;
                        case "IN_PERSON" -> "Rådhuset, møterom " + (1 + random.nextInt(6));
                        default -> null;
                    };
                    slots.row(p.id, coach, startsAt, 60, mode, place, at(p.start.minusDays(30), 9, 0));
                    bookings.add(new Booking(p.id, leaderIds[leaders.get(i)], coach, startsAt, day.isBefore(today)));
                }
            }
        }
        long[] slotIds = slots.end(report);
        TableWriter sessions = TableWriter.withIds(
                connection,
                "coaching_session",
                "slot_id",
                "programme_id",
                "leader_person_id",
                "coach_person_id",
                "status",
                "booked_at",
                "cancelled_at",
                "shared_notes");
        Instant now = at(today, 8, 0);
        List<Booking> held = new ArrayList<>();
        for (int s = 0; s < slotIds.length; s++) {
            Booking b = bookings.get(s);
            // A future slot is booked by most leaders; the rest stay open for them to book.
            if (!b.past() && random.nextDouble() < 0.1) {
                continue;
            }
            Instant booked = b.startsAt().minus(between(random, 7, 40), ChronoUnit.DAYS);
            booked = booked.isAfter(now) ? now : booked;
            boolean cancelled = random.nextDouble() < (b.past() ? 0.1 : 0.12);
            Instant cancelledAt = null;
            if (cancelled) {
                Instant latest = b.startsAt().isBefore(now) ? b.startsAt() : now;
                long room = Math.max(1, ChronoUnit.HOURS.between(booked, latest));
                cancelledAt = booked.plus(random.nextLong(room), ChronoUnit.HOURS);
            }
            String notes = b.past() && !cancelled && random.nextDouble() < 0.3
                    ? Texts.pick(Texts.COACHING_NOTES, random)
                    : null;
            sessions.row(
                    slotIds[s],
                    b.programme(),
                    b.leader(),
                    b.coach(),
                    cancelled ? "CANCELLED" : "BOOKED",
                    booked,
                    cancelledAt,
                    notes);
            held.add(b.past() && !cancelled ? b : null);
        }
        long[] sessionIds = sessions.end(report);
        // The coach's own notes on about a quarter of the sessions held, written the day after.
        TableWriter privateNotes = TableWriter.of(
                connection, "coaching_private_note", "session_id", "coach_person_id", "text", "updated_at");
        for (int s = 0; s < sessionIds.length; s++) {
            Booking b = held.get(s);
            if (b != null && random.nextDouble() < 0.25) {
                privateNotes.row(
                        sessionIds[s],
                        b.coach(),
                        "Til meg selv: " + Texts.pick(Texts.COACHING_NOTES, random),
                        b.startsAt().plus(1, ChronoUnit.DAYS));
            }
        }
        privateNotes.end(report);
        writeDevelopmentProjects();
    }

    /**
     * Most leaders of a programme that has started keep a development project, saved one to three times a month
     * apart, and share it with their coach, network group or the coordinators.
     */
    private void writeDevelopmentProjects() {
        SplittableRandom random = random(15);
        TableWriter projects = TableWriter.withIds(
                connection,
                "development_project",
                "programme_id",
                "person_id",
                "share_with_coach",
                "share_with_network_group",
                "share_with_coordinators",
                "created_at");
        record Saves(LocalDate first, int count) {}
        List<Saves> saves = new ArrayList<>();
        for (Programme p : programmes) {
            if (!p.started(today)) {
                continue;
            }
            for (int leader : p.participants) {
                if (random.nextDouble() >= 0.8) {
                    continue;
                }
                LocalDate first = min(p.start.plusDays(between(random, 3, 40)), today);
                int count = 1 + random.nextInt(3);
                while (count > 1 && first.plusDays(30L * (count - 1)).isAfter(today)) {
                    count--;
                }
                projects.row(
                        p.id,
                        leaderIds[leader],
                        random.nextDouble() < 0.5,
                        random.nextDouble() < 0.25,
                        random.nextDouble() < 0.3,
                        at(first, 20, 0));
                saves.add(new Saves(first, count));
            }
        }
        long[] projectIds = projects.end(report);
        TableWriter versions = TableWriter.of(
                connection,
                "development_project_version",
                "project_id",
                "number",
                "goal",
                "why",
                "behaviour",
                "practice",
                "evidence",
                "created_at");
        List<String> behaviours = List.of("TASK_STRUCTURE", "CHANGE_DEVELOPMENT", "RELATION");
        for (int i = 0; i < projectIds.length; i++) {
            String[] text = Texts.pick(Texts.PROJECTS, random).split("\\|");
            String behaviour = behaviours.get(random.nextInt(behaviours.size()));
            for (int n = 1; n <= saves.get(i).count(); n++) {
                versions.row(
                        projectIds[i],
                        n,
                        text[0],
                        text[1],
                        behaviour,
                        n == 1 ? text[2] : text[2] + " Justert etter samtale " + (n - 1) + " med veilederen.",
                        text[3],
                        at(saves.get(i).first().plusDays(30L * (n - 1)), 20, 0));
            }
        }
        versions.end(report);
    }

    private void writeNetworkGroups() {
        SplittableRandom random = random(9);
        TableWriter groups = TableWriter.withIds(
                connection, "network_group", "programme_id", "number", "name", "status", "formed_on", "created_at");
        List<List<Integer>> members = new ArrayList<>();
        List<Programme> groupProgramme = new ArrayList<>();
        for (Programme p : programmes) {
            if (p.networkGroups == 0) {
                continue;
            }
            List<Integer> leaders = new ArrayList<>(p.participants);
            shuffle(leaders, random);
            LocalDate formed = p.start.plusDays(14);
            for (int g = 0; g < p.networkGroups; g++) {
                List<Integer> group = new ArrayList<>();
                for (int i = g; i < leaders.size(); i += p.networkGroups) {
                    group.add(leaders.get(i));
                }
                groups.row(p.id, g + 1, "Nettverksgruppe " + (g + 1), "ACTIVE", formed, at(formed, 10, 0));
                members.add(group);
                groupProgramme.add(p);
            }
        }
        long[] groupIds = groups.end(report);
        TableWriter memberRows =
                TableWriter.of(connection, "network_group_member", "network_group_id", "person_id", "joined_on");
        for (int g = 0; g < groupIds.length; g++) {
            LocalDate formed = groupProgramme.get(g).start.plusDays(14);
            for (int leader : members.get(g)) {
                memberRows.row(groupIds[g], leaderIds[leader], formed);
            }
        }
        memberRows.end(report);

        TableWriter meetings = TableWriter.withIds(
                connection,
                "network_meeting",
                "network_group_id",
                "programme_id",
                "number",
                "meeting_date",
                "start_time",
                "end_time",
                "mode",
                "location",
                "facilitator_person_id",
                "focus",
                "status",
                "calendar_changed_at");
        List<Integer> meetingGroup = new ArrayList<>();
        List<Boolean> meetingHeld = new ArrayList<>();
        for (int g = 0; g < groupIds.length; g++) {
            Programme p = groupProgramme.get(g);
            LocalDate formed = p.start.plusDays(14);
            long span = ChronoUnit.DAYS.between(formed, p.end);
            for (int k = 0; k < GeneratorSize.MEETINGS_PER_NETWORK_GROUP; k++) {
                LocalDate date =
                        weekday(formed.plusDays(span * (k + 1) / (GeneratorSize.MEETINGS_PER_NETWORK_GROUP + 1)));
                boolean physical = k % 2 == 0;
                boolean cancelled = random.nextDouble() < 0.05;
                meetings.row(
                        groupIds[g],
                        p.id,
                        k + 1,
                        date,
                        LocalTime.of(9, 0),
                        LocalTime.of(12, 0),
                        physical ? "PHYSICAL" : "DIGITAL",
                        physical
                                ? "Kommunehuset i " + municipalities.get(p.municipalities.get(0)).name
                                : "https://meet." + GeneratorSettings.EMAIL_DOMAIN + "/nettverk-" + groupIds[g],
                        k < 2 ? p.coordinators.get(0) : null,
                        "Erfaringsdeling: " + Texts.THEMES.get((k + p.provider) % Texts.THEMES.size()),
                        cancelled ? "CANCELLED" : "PLANNED",
                        at(formed, 10, 0));
                meetingGroup.add(g);
                meetingHeld.add(!cancelled && date.isBefore(today));
            }
        }
        long[] meetingIds = meetings.end(report);
        TableWriter attendance =
                TableWriter.of(connection, "network_meeting_attendance", "meeting_id", "person_id", "present");
        for (int m = 0; m < meetingIds.length; m++) {
            if (!meetingHeld.get(m)) {
                continue;
            }
            for (int leader : members.get(meetingGroup.get(m))) {
                attendance.row(meetingIds[m], leaderIds[leader], random.nextDouble() < 0.85);
            }
        }
        attendance.end(report);
    }

    // ---- log entries ----------------------------------------------------------------------------------------

    private void writeLogEntries() {
        SplittableRandom random = random(10);
        LocalDate earliest = today.minusDays(540);
        int leaders = size.leaders();
        // Each leader's programmes that have started, in the order they joined.
        List<List<Programme>> taking = new ArrayList<>(leaders);
        for (int i = 0; i < leaders; i++) {
            taking.add(new ArrayList<>(1));
        }
        for (Programme p : programmes) {
            if (p.started(today) && !p.end.isBefore(earliest)) {
                for (int leader : p.participants) {
                    taking.get(leader).add(p);
                }
            }
        }
        double[] weight = new double[leaders];
        boolean[] quiet = new boolean[leaders];
        double total = 0;
        for (int i = 0; i < leaders; i++) {
            // About one in seven leaders of a running programme has written nothing in the last 30 days.
            quiet[i] = random.nextDouble() < 0.1;
            boolean silent = random.nextDouble() < 0.05;
            if (taking.get(i).isEmpty() || silent) {
                continue;
            }
            // Log-normal: most write a little, some write a lot.
            weight[i] = Math.exp(1.1 * gaussian(random));
            total += weight[i];
        }
        int[] count = new int[leaders];
        int given = 0;
        double[] remainder = new double[leaders];
        for (int i = 0; i < leaders; i++) {
            double exact = size.logEntries() * weight[i] / total;
            count[i] = (int) Math.floor(exact);
            remainder[i] = exact - count[i];
            given += count[i];
        }
        Integer[] byRemainder = new Integer[leaders];
        for (int i = 0; i < leaders; i++) {
            byRemainder[i] = i;
        }
        Arrays.sort(byRemainder, (a, b) -> Double.compare(remainder[b], remainder[a]));
        for (int k = 0; given < size.logEntries(); k++, given++) {
            count[byRemainder[k % leaders]]++;
        }

        TableWriter entries = TableWriter.withIds(
                connection,
                "log_entry",
                "programme_id",
                "person_id",
                "entry_date",
                "behaviour",
                "share_with_coach",
                "share_with_network_group",
                "share_with_coordinators",
                "created_at",
                "updated_at");
        List<String> behaviours = List.of("TASK_STRUCTURE", "CHANGE_DEVELOPMENT", "RELATION");
        Instant[] writtenAt = new Instant[size.logEntries()];
        int e = 0;
        for (int i = 0; i < leaders; i++) {
            for (int k = 0; k < count[i]; k++) {
                List<Programme> own = taking.get(i);
                Programme p = own.get(random.nextInt(own.size()));
                LocalDate from = max(p.start, earliest);
                LocalDate to = min(p.end, quiet[i] ? today.minusDays(31) : today);
                if (to.isBefore(from)) {
                    to = from;
                }
                // The others wrote at least once lately, when their programme runs.
                if (k == 0 && !quiet[i] && !today.minusDays(29).isBefore(from) && !to.isBefore(today)) {
                    from = today.minusDays(29);
                }
                LocalDate date = from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
                Instant written = at(date, 19, random.nextInt(60));
                writtenAt[e++] = written;
                double share = random.nextDouble();
                entries.row(
                        p.id,
                        leaderIds[i],
                        date,
                        random.nextDouble() < 0.7 ? behaviours.get(random.nextInt(3)) : null,
                        share < 0.35,
                        share < 0.15,
                        share < 0.1,
                        written,
                        written);
            }
        }
        long[] ids = entries.end(report);
        TableWriter versions = TableWriter.of(
                connection,
                "log_entry_version",
                "entry_id",
                "number",
                "did",
                "happened",
                "learned",
                "next_step",
                "created_at");
        for (e = 0; e < ids.length; e++) {
            versions.row(
                    ids[e],
                    1,
                    Texts.pick(Texts.DID, random),
                    Texts.pick(Texts.HAPPENED, random),
                    Texts.pick(Texts.LEARNED, random),
                    Texts.pick(Texts.NEXT_STEPS, random),
                    writtenAt[e]);
        }
        versions.end(report);
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    // ---- innovation cases -----------------------------------------------------------------------------------

    private void roadmap() throws SQLException {
        List<Long> phases = new ArrayList<>();
        try (PreparedStatement statement =
                        connection.prepareStatement("select id from innovation_phase order by sort_order");
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                phases.add(result.getLong(1));
            }
        }
        phaseIds = phases.stream().mapToLong(Long::longValue).toArray();
        for (long phase : phaseIds) {
            List<Long> steps = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select id from innovation_step where phase_id = ? order by sort_order")) {
                statement.setLong(1, phase);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        steps.add(result.getLong(1));
                    }
                }
            }
            phaseSteps.add(steps.stream().mapToLong(Long::longValue).toArray());
        }
    }

    /**
     * A case as the later tables need it: its programme, phase, the days it entered each phase, its team, its
     * municipality (index) and status.
     */
    private record Case(
            Programme programme,
            int phase,
            List<LocalDate> phaseDates,
            List<Long> team,
            int municipality,
            String status) {}

    private void writeInnovationCases() throws SQLException {
        roadmap();
        SplittableRandom random = random(11);
        List<Programme> started = new ArrayList<>();
        int participants = 0;
        for (Programme p : programmes) {
            if (p.started(today) && !p.participants.isEmpty()) {
                started.add(p);
                participants += p.participants.size();
            }
        }
        TableWriter writer = TableWriter.withIds(
                connection,
                "innovation_case",
                "programme_id",
                "title",
                "owner_leader_group_id",
                "owner_municipality_id",
                "owner_person_id",
                "municipality_id",
                "need",
                "target_group",
                "goals",
                "status",
                "status_reason",
                "health",
                "health_reason",
                "phase_id",
                "created_at",
                "updated_at");
        int planned = 0;
        for (int s = 0; s < started.size(); s++) {
            Programme p = started.get(s);
            int share = s == started.size() - 1
                    ? size.innovationCases() - planned
                    : (int) Math.round((double) size.innovationCases() * p.participants.size() / participants);
            share = Math.max(0, Math.min(share, size.innovationCases() - planned));
            planned += share;
            for (int c = 0; c < share; c++) {
                int leaderAt = random.nextInt(p.participants.size());
                int leader = p.participants.get(leaderAt);
                int municipality = leaderMunicipality[leader];
                int enrolment = p.municipalities.indexOf(municipality);
                List<Long> team = new ArrayList<>();
                team.add(leaderIds[leader]);
                for (int t = 0; t < 3; t++) {
                    int other = p.participants.get(random.nextInt(p.participants.size()));
                    if (leaderMunicipality[other] == municipality && !team.contains(leaderIds[other])) {
                        team.add(leaderIds[other]);
                    }
                }
                long age = ChronoUnit.DAYS.between(p.start, today);
                LocalDate created = p.start.plusDays(random.nextLong(Math.min(age, 200) + 1));
                long worked = ChronoUnit.DAYS.between(created, today);
                int highest = (int) Math.min(phaseIds.length - 1, worked / 60);
                double u = random.nextDouble();
                int phase = (int) Math.floor(Math.pow(u, 1.4) * (highest + 1));
                List<LocalDate> dates = new ArrayList<>();
                dates.add(created);
                for (int k = 1; k <= phase; k++) {
                    dates.add(created.plusDays(worked * k / (phase + 1)));
                }
                String status;
                double v = random.nextDouble();
                if (phase >= 4 && v < 0.5) {
                    status = "IN_OPERATION";
                } else {
                    status = v < 0.8 ? "ACTIVE" : v < 0.92 ? "PAUSED" : "STOPPED";
                }
                double h = random.nextDouble();
                String health = h < 0.6 ? "GREEN" : h < 0.85 ? "AMBER" : "RED";
                Municipality m = municipalities.get(municipality);
                double owner = random.nextDouble();
                String title = Texts.pick(Texts.CASE_TITLES, random) + " i " + m.name;
                writer.row(
                        p.id,
                        title,
                        owner < 0.25 ? p.leaderGroupIds[enrolment] : null,
                        owner >= 0.25 && owner < 0.45 ? m.id : null,
                        owner >= 0.45 ? leaderIds[leader] : null,
                        m.id,
                        "Brukerne venter for lenge, og de ansatte bruker mye tid på dobbeltarbeid.",
                        "Innbyggere som bruker tjenesten, og de ansatte som yter den.",
                        "Kortere ventetid, mer tid til brukerne og lavere kostnader.",
                        status,
                        status.equals("STOPPED") ? "Prioriteringene ble endret i budsjettet." : null,
                        health,
                        health.equals("GREEN") ? null : "Teamet har for lite tid til arbeidet.",
                        phaseIds[phase],
                        at(created, 10, 0),
                        at(dates.get(dates.size() - 1), 11, 0));
                cases.add(new Case(p, phase, dates, team, municipality, status));
            }
        }
        caseIds = writer.end(report);

        writePeopleOf(
                "innovation_case_member",
                "case_id",
                caseIds,
                cases.stream().map(Case::team).toList());

        TableWriter changes = TableWriter.of(
                connection,
                "innovation_phase_change",
                "case_id",
                "from_phase_id",
                "to_phase_id",
                "decided_on",
                "decided_by",
                "comment",
                "recorded_by",
                "recorded_at");
        for (int c = 0; c < caseIds.length; c++) {
            Case k = cases.get(c);
            long coordinator = k.programme().coordinators.get(0);
            String by = coordinatorNames[Arrays.binarySearch(coordinatorIds, coordinator)];
            for (int p = 0; p <= k.phase(); p++) {
                LocalDate date = k.phaseDates().get(p);
                changes.row(
                        caseIds[c],
                        p == 0 ? null : phaseIds[p - 1],
                        phaseIds[p],
                        date,
                        p == 0 ? by : "Ledergruppen",
                        p == 0 ? null : "Klar for neste fase.",
                        coordinator,
                        at(date, 15, 0));
            }
        }
        changes.end(report);

        TableWriter steps = TableWriter.of(
                connection,
                "innovation_case_step",
                "case_id",
                "step_id",
                "done",
                "note",
                "evidence",
                "updated_by",
                "updated_at");
        for (int c = 0; c < caseIds.length; c++) {
            Case k = cases.get(c);
            for (int p = 0; p <= k.phase(); p++) {
                long[] phaseStepIds = phaseSteps.get(p);
                int done = p < k.phase() ? phaseStepIds.length : random.nextInt(phaseStepIds.length);
                for (int s = 0; s < done; s++) {
                    steps.row(
                            caseIds[c],
                            phaseStepIds[s],
                            true,
                            s == 0 ? "Gjort sammen med teamet." : null,
                            null,
                            k.team().get(0),
                            at(k.phaseDates().get(p), 14, 0));
                }
            }
        }
        steps.end(report);
        writeBenefits(random);
    }

    private void writeBenefits(SplittableRandom random) {
        TableWriter benefits = TableWriter.withIds(
                connection,
                "innovation_benefit",
                "case_id",
                "title",
                "benefit_type",
                "indicator",
                "unit",
                "baseline_value",
                "baseline_date",
                "target_value",
                "target_date",
                "owner_person_id",
                "frequency",
                "created_at",
                "updated_at");
        record Plan(long owner, LocalDate from, double baseline, double target, int months) {}
        List<Plan> plans = new ArrayList<>();
        for (int c = 0; c < caseIds.length; c++) {
            Case k = cases.get(c);
            if (k.phase() < 2 || random.nextDouble() >= 0.5) {
                continue;
            }
            int count = 1 + random.nextInt(2);
            for (int b = 0; b < count; b++) {
                String[] benefit = Texts.pick(Texts.BENEFITS, random).split("\\|");
                double baseline = 20 + random.nextInt(200);
                double target = benefit[1].equals("QUALITY") && benefit[3].equals("prosent")
                        ? Math.min(100, baseline / 3 + 60)
                        : Math.round(baseline * 0.7);
                if (target == baseline) {
                    target = baseline - 1;
                }
                LocalDate from = k.phaseDates().get(2);
                int months = benefit[1].equals("MONEY") ? 3 : 1;
                benefits.row(
                        caseIds[c],
                        benefit[0],
                        benefit[1],
                        benefit[2],
                        benefit[3],
                        decimal(baseline),
                        from,
                        decimal(target),
                        from.plusYears(1),
                        k.team().get(0),
                        months == 3 ? "QUARTERLY" : "MONTHLY",
                        at(from, 12, 0),
                        at(from, 12, 0));
                plans.add(new Plan(k.team().get(0), from, baseline, target, months));
            }
        }
        long[] benefitIds = benefits.end(report);
        TableWriter measurements = TableWriter.of(
                connection,
                "innovation_benefit_measurement",
                "benefit_id",
                "measured_on",
                "measured_value",
                "comment",
                "recorded_by_person_id",
                "recorded_at");
        for (int b = 0; b < benefitIds.length; b++) {
            Plan plan = plans.get(b);
            for (int n = 1; n <= 8; n++) {
                LocalDate on = plan.from().plusMonths((long) n * plan.months());
                if (on.isAfter(today)) {
                    break;
                }
                double progress = Math.min(1, n / 8.0);
                double value = plan.baseline()
                        + (plan.target() - plan.baseline()) * progress
                        + (random.nextDouble() - 0.5) * Math.abs(plan.target() - plan.baseline()) * 0.3;
                measurements.row(benefitIds[b], on, decimal(value), null, plan.owner(), at(on, 13, 0));
            }
        }
        measurements.end(report);
    }

    // ---- method tools, home visits, pitches, spread ---------------------------------------------------------

    /**
     * Method tools of the cases past the first phase: a user journey, a five-whys analysis and ideas with the team's
     * dots (at most {@code Ideas.DOT_BUDGET}, three, per member and case).
     */
    private void writeMethodTools() {
        SplittableRandom random = random(20);
        record Tools(long caseId, Case of, int steps, int whys, int ideas) {}
        List<Tools> planned = new ArrayList<>();
        for (int c = 0; c < caseIds.length; c++) {
            Case k = cases.get(c);
            if (k.phase() >= 1) {
                int steps = random.nextDouble() < 0.6 ? between(random, 4, Texts.JOURNEY_STEPS.size()) : 0;
                int whys = random.nextDouble() < 0.5 ? between(random, 3, Texts.WHYS.size()) : 0;
                int ideas = random.nextDouble() < 0.7 ? between(random, 3, Texts.IDEAS.size()) : 0;
                planned.add(new Tools(caseIds[c], k, steps, whys, ideas));
            }
        }
        TableWriter journeys = TableWriter.withIds(
                connection,
                "innovation_journey",
                "case_id",
                "title",
                "persona",
                "created_by",
                "created_at",
                "updated_at");
        for (Tools tools : planned) {
            if (tools.steps() > 0) {
                Instant on = at(tools.of().phaseDates().get(1), 13, 0);
                journeys.row(
                        tools.caseId(),
                        "Brukerreisen",
                        "En innbygger over 80 som bor alene og trenger hjelp i hverdagen.",
                        tools.of().team().get(0),
                        on,
                        on);
            }
        }
        long[] journeyIds = journeys.end(report);
        TableWriter steps = TableWriter.of(
                connection, "innovation_journey_step", "journey_id", "position", "action", "feeling", "pain_points");
        int journey = 0;
        for (Tools tools : planned) {
            for (int s = 0; s < tools.steps(); s++) {
                int feeling = between(random, 1, 5);
                steps.row(
                        journeyIds[journey],
                        s,
                        Texts.JOURNEY_STEPS.get(s),
                        feeling,
                        feeling <= 2 ? "Vet ikke hva som skjer videre." : null);
            }
            journey += tools.steps() > 0 ? 1 : 0;
        }
        steps.end(report);

        TableWriter analyses = TableWriter.withIds(
                connection,
                "innovation_why_analysis",
                "case_id",
                "problem",
                "root_cause",
                "created_by",
                "created_at",
                "updated_at");
        for (Tools tools : planned) {
            if (tools.whys() > 0) {
                Instant on = at(tools.of().phaseDates().get(1), 14, 0);
                analyses.row(
                        tools.caseId(),
                        "Brukerne venter for lenge på svar.",
                        tools.of().phase() >= 2 ? Texts.WHYS.get(tools.whys() - 1) : null,
                        tools.of().team().get(0),
                        on,
                        on);
            }
        }
        long[] analysisIds = analyses.end(report);
        TableWriter answers = TableWriter.of(connection, "innovation_why_answer", "analysis_id", "position", "answer");
        int analysis = 0;
        for (Tools tools : planned) {
            for (int w = 0; w < tools.whys(); w++) {
                answers.row(analysisIds[analysis], w, Texts.WHYS.get(w));
            }
            analysis += tools.whys() > 0 ? 1 : 0;
        }
        answers.end(report);

        TableWriter ideas = TableWriter.withIds(
                connection,
                "innovation_idea",
                "case_id",
                "title",
                "description",
                "shortlisted",
                "created_by",
                "created_at");
        for (Tools tools : planned) {
            List<Long> team = tools.of().team();
            for (int i = 0; i < tools.ideas(); i++) {
                ideas.row(
                        tools.caseId(),
                        Texts.IDEAS.get(i),
                        i % 2 == 0 ? "Foreslått i idémyldringen på samlingen." : null,
                        tools.of().phase() >= 2 && i < 2,
                        team.get(i % team.size()),
                        at(tools.of().phaseDates().get(1), 15, 0));
            }
        }
        long[] ideaIds = ideas.end(report);
        TableWriter dots = TableWriter.of(connection, "innovation_idea_dot", "idea_id", "person_id", "voted_at");
        int idea = 0;
        for (Tools tools : planned) {
            if (tools.ideas() == 0) {
                continue;
            }
            Instant voted = at(tools.of().phaseDates().get(1).plusDays(1), 10, 0);
            for (long member : tools.of().team()) {
                if (random.nextDouble() < 0.7) {
                    for (int d = 0; d < 3; d++) {
                        dots.row(ideaIds[idea + random.nextInt(tools.ideas())], member, voted);
                    }
                }
            }
            idea += tools.ideas();
        }
        dots.end(report);
    }

    /**
     * One home visit to every municipality with participants in a programme that has started, two to five months
     * in; the coordinators and the municipality's participants come, and the visits held have notes.
     */
    private void writeHomeVisits() {
        SplittableRandom random = random(16);
        TableWriter visits = TableWriter.withIds(
                connection,
                "home_visit",
                "programme_id",
                "municipality_id",
                "visit_date",
                "start_time",
                "end_time",
                "place",
                "agenda",
                "notes",
                "notes_written_at",
                "status",
                "calendar_changed_at",
                "created_by_person_id",
                "created_at");
        List<List<Long>> coming = new ArrayList<>();
        for (Programme p : programmes) {
            if (!p.started(today)) {
                continue;
            }
            for (int m : p.municipalities) {
                List<Long> people = new ArrayList<>(p.coordinators);
                for (int leader : p.participants) {
                    if (leaderMunicipality[leader] == m) {
                        people.add(leaderIds[leader]);
                    }
                }
                if (people.size() == p.coordinators.size()) {
                    continue;
                }
                LocalDate date = weekday(p.start.plusDays(between(random, 60, 150)));
                boolean held = date.isBefore(today);
                Instant created = at(min(date.minusDays(21), today), 9, 0);
                Municipality municipality = municipalities.get(m);
                visits.row(
                        p.id,
                        municipality.id,
                        date,
                        LocalTime.of(9, 0),
                        LocalTime.of(14, 0),
                        "Rådhuset i " + municipality.name,
                        "Status for innovasjonscaset, trening på pitchen og veien videre.",
                        held ? "Caset er godt forankret. Teamet trenger hjelp med gevinstplanen." : null,
                        held ? at(date.plusDays(1), 10, 0) : null,
                        "SCHEDULED",
                        created,
                        p.coordinators.get(0),
                        created);
                coming.add(people);
            }
        }
        long[] visitIds = visits.end(report);
        writePeopleOf("home_visit_participant", "home_visit_id", visitIds, coming);
    }

    /**
     * A pitch of every started programme's cases (at most ten) at its fifth gathering, with the four default
     * criteria; once the gathering is held the panel (the coordinators and an admin of the first municipality) has
     * scored every case and the results are published.
     */
    private void writePitches() {
        SplittableRandom random = random(17);
        List<String> criteria = new ArrayList<>();
        Properties texts = bundle("i18n/pitch.properties");
        for (int n = 1; n <= 4; n++) {
            criteria.add(texts.getProperty("pitch.criterion.default." + n));
        }
        List<List<Long>> casesOf = new ArrayList<>();
        for (int p = 0; p < programmes.size(); p++) {
            casesOf.add(new ArrayList<>());
        }
        for (int c = 0; c < caseIds.length; c++) {
            List<Long> own = casesOf.get(programmes.indexOf(cases.get(c).programme()));
            if (own.size() < 10) {
                own.add(caseIds[c]);
            }
        }
        TableWriter pitches = TableWriter.withIds(
                connection,
                "pitch",
                "programme_id",
                "gathering_id",
                "title",
                "minutes_per_case",
                "published",
                "created_at");
        record Planned(Programme programme, List<Long> cases, List<Long> panel, boolean held) {}
        List<Planned> planned = new ArrayList<>();
        int fifth = Math.min(4, GeneratorSize.GATHERINGS_PER_PROGRAMME - 1);
        for (int p = 0; p < programmes.size(); p++) {
            Programme programme = programmes.get(p);
            if (casesOf.get(p).size() < 2) {
                continue;
            }
            LocalDate date = programme.gatheringDates.get(fifth);
            boolean held = date.isBefore(today);
            pitches.row(
                    programme.id,
                    programme.gatheringIds[fifth],
                    "Pitch av innovasjonscasene",
                    8,
                    held,
                    at(min(date.minusDays(30), today), 10, 0));
            List<Long> panel = new ArrayList<>(programme.coordinators);
            panel.add(adminIds[programme.municipalities.get(0)]);
            planned.add(new Planned(programme, casesOf.get(p), panel, held));
        }
        long[] pitchIds = pitches.end(report);
        TableWriter criterionRows = TableWriter.withIds(connection, "pitch_criterion", "pitch_id", "name", "position");
        for (long pitch : pitchIds) {
            for (int n = 0; n < criteria.size(); n++) {
                criterionRows.row(pitch, criteria.get(n), n + 1);
            }
        }
        long[] criterionIds = criterionRows.end(report);
        TableWriter order = TableWriter.of(connection, "pitch_case", "pitch_id", "case_id", "position");
        for (int i = 0; i < pitchIds.length; i++) {
            List<Long> own = planned.get(i).cases();
            for (int c = 0; c < own.size(); c++) {
                order.row(pitchIds[i], own.get(c), c + 1);
            }
        }
        order.end(report);
        writePeopleOf(
                "pitch_panel_member",
                "pitch_id",
                pitchIds,
                planned.stream().map(Planned::panel).toList());
        TableWriter scores = TableWriter.withIds(
                connection, "pitch_score", "pitch_id", "case_id", "person_id", "comment", "updated_at");
        List<Integer> scored = new ArrayList<>();
        for (int i = 0; i < pitchIds.length; i++) {
            Planned pitch = planned.get(i);
            if (!pitch.held()) {
                continue;
            }
            Instant on = at(pitch.programme().gatheringDates.get(fifth), 14, 0);
            for (long c : pitch.cases()) {
                for (long person : pitch.panel()) {
                    scores.row(
                            pitchIds[i],
                            c,
                            person,
                            random.nextDouble() < 0.3 ? "Godt forankret, men gevinstene bør tallfestes." : null,
                            on);
                    scored.add(i);
                }
            }
        }
        long[] scoreIds = scores.end(report);
        TableWriter values = TableWriter.of(connection, "pitch_score_value", "score_id", "criterion_id", "value");
        for (int s = 0; s < scoreIds.length; s++) {
            int pitch = scored.get(s);
            for (int n = 0; n < criteria.size(); n++) {
                values.row(scoreIds[s], criterionIds[pitch * criteria.size() + n], between(random, 2, 5));
            }
        }
        values.end(report);
    }

    /**
     * Sharing decided by most municipalities' admins; the cases of sharing municipalities past the second phase
     * followed by other municipalities, and those in operation taken into use by some of them.
     */
    private void writeCaseSpread() {
        SplittableRandom random = random(21);
        TableWriter sharing = TableWriter.of(
                connection, "municipality_case_sharing", "municipality_id", "shares", "changed_by", "changed_at");
        boolean[] shares = new boolean[municipalities.size()];
        for (int m = 0; m < municipalities.size(); m++) {
            if (random.nextDouble() < 0.6) {
                shares[m] = random.nextDouble() < 0.8;
                sharing.row(
                        municipalities.get(m).id,
                        shares[m],
                        adminIds[m],
                        at(today.minusDays(between(random, 10, 300)), 11, 0));
            }
        }
        sharing.end(report);
        TableWriter follows = TableWriter.of(
                connection, "innovation_case_follow", "case_id", "municipality_id", "followed_by", "followed_at");
        List<Object[]> adopted = new ArrayList<>();
        List<Integer> followed = new ArrayList<>();
        for (int c = 0; c < caseIds.length; c++) {
            Case k = cases.get(c);
            if (!shares[k.municipality()] || k.phase() < 2 || random.nextDouble() >= 0.35) {
                continue;
            }
            LocalDate from = k.phaseDates().get(2);
            int count = between(random, 1, Math.min(4, municipalities.size() - 1));
            followed.clear();
            while (followed.size() < count) {
                int m = random.nextInt(municipalities.size());
                if (m != k.municipality() && !followed.contains(m)) {
                    followed.add(m);
                }
            }
            for (int m : followed) {
                LocalDate on = from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, today) + 1));
                follows.row(caseIds[c], municipalities.get(m).id, adminIds[m], at(on, 12, 0));
            }
            if (k.status().equals("IN_OPERATION") && random.nextDouble() < 0.5) {
                int m = followed.get(0);
                LocalDate since = k.phaseDates().get(k.phase());
                LocalDate on = since.plusDays(random.nextLong(ChronoUnit.DAYS.between(since, today) + 1));
                adopted.add(new Object[] {
                    caseIds[c], municipalities.get(m).id, on, "Tatt i bruk i to enheter.", adminIds[m], at(on, 15, 0)
                });
            }
        }
        follows.end(report);
        TableWriter adoptions = TableWriter.of(
                connection,
                "innovation_case_adoption",
                "case_id",
                "municipality_id",
                "adopted_on",
                "note",
                "recorded_by",
                "recorded_at");
        adopted.forEach(adoptions::row);
        adoptions.end(report);
    }

    /** A message bundle of the application in bokmål (the default), so that generated texts match its own. */
    private static Properties bundle(String path) {
        Properties properties = new Properties();
        try (InputStream in = DataGenerator.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No " + path + " on the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
        return properties;
    }

    // ---- leadership platforms and surveys -------------------------------------------------------------------

    /**
     * A programme-wide leadership platform for every programme that has started: five principles, a version after
     * each of the second to fourth gatherings held (the first with fewer principles), comments and reactions from
     * the participants, open for comments while the programme runs and adopted when it is completed.
     */
    private void writePlatforms() throws SQLException {
        SplittableRandom random = random(18);
        List<Programme> started = new ArrayList<>();
        for (Programme p : programmes) {
            if (p.started(today) && !p.participants.isEmpty()) {
                started.add(p);
            }
        }
        TableWriter platforms = TableWriter.withIds(
                connection,
                "leadership_platform",
                "programme_id",
                "municipality_id",
                "comments_open",
                "comments_close_at",
                "created_at");
        for (Programme p : started) {
            boolean running = p.status.equals("RUNNING");
            platforms.row(
                    p.id,
                    null,
                    running,
                    running && random.nextBoolean() ? at(today.plusDays(14), 16, 0) : null,
                    at(p.start, 9, 0));
        }
        long[] platformIds = platforms.end(report);
        int principlesEach = Texts.PRINCIPLES.size();
        TableWriter principles = TableWriter.withIds(
                connection,
                "platform_principle",
                "platform_id",
                "position",
                "title",
                "meaning",
                "practice",
                "stop_doing");
        for (long platform : platformIds) {
            for (int i = 0; i < principlesEach; i++) {
                String[] text = Texts.PRINCIPLES.get(i).split("\\|");
                principles.row(platform, i, text[0], text[1], text[2], text[3]);
            }
        }
        long[] principleIds = principles.end(report);
        TableWriter versions = TableWriter.withIds(
                connection, "platform_version", "platform_id", "number", "gathering_id", "created_by", "created_at");
        List<Integer> versionPlatform = new ArrayList<>();
        List<Integer> versionNumber = new ArrayList<>();
        for (int i = 0; i < platformIds.length; i++) {
            Programme p = started.get(i);
            int number = 0;
            for (int g = 1; g < p.gatheringIds.length && number < 3; g++) {
                LocalDate date = p.gatheringDates.get(g);
                if (!date.isBefore(today)) {
                    break;
                }
                number++;
                versions.row(platformIds[i], number, p.gatheringIds[g], p.coordinators.get(0), at(date, 16, 0));
                versionPlatform.add(i);
                versionNumber.add(number);
            }
        }
        long[] versionIds = versions.end(report);
        TableWriter snapshots = TableWriter.of(
                connection,
                "platform_version_principle",
                "version_id",
                "position",
                "principle_id",
                "title",
                "meaning",
                "practice",
                "stop_doing");
        for (int v = 0; v < versionIds.length; v++) {
            int platform = versionPlatform.get(v);
            int kept = Math.min(principlesEach, principlesEach - 2 + versionNumber.get(v));
            for (int i = 0; i < kept; i++) {
                String[] text = Texts.PRINCIPLES.get(i).split("\\|");
                snapshots.row(
                        versionIds[v],
                        i,
                        principleIds[platform * principlesEach + i],
                        text[0],
                        text[1],
                        text[2],
                        text[3]);
            }
        }
        snapshots.end(report);
        TableWriter comments =
                TableWriter.of(connection, "platform_comment", "principle_id", "person_id", "text", "created_at");
        for (int i = 0; i < platformIds.length; i++) {
            Programme p = started.get(i);
            long days = ChronoUnit.DAYS.between(p.start, min(p.end, today)) + 1;
            for (int k = 0; k < principlesEach; k++) {
                int count = random.nextInt(4);
                for (int c = 0; c < count; c++) {
                    int leader = p.participants.get(random.nextInt(p.participants.size()));
                    comments.row(
                            principleIds[i * principlesEach + k],
                            leaderIds[leader],
                            Texts.pick(Texts.PLATFORM_COMMENTS, random),
                            at(p.start.plusDays(random.nextLong(days)), 12, random.nextInt(60)));
                }
            }
        }
        comments.end(report);
        TableWriter reactions =
                TableWriter.of(connection, "platform_reaction", "principle_id", "person_id", "reaction", "reacted_at");
        for (int i = 0; i < platformIds.length; i++) {
            Programme p = started.get(i);
            long days = ChronoUnit.DAYS.between(p.start, min(p.end, today)) + 1;
            for (int k = 0; k < principlesEach; k++) {
                long principle = principleIds[i * principlesEach + k];
                for (int leader : p.participants) {
                    if (random.nextDouble() < 0.4) {
                        double u = random.nextDouble();
                        reactions.row(
                                principle,
                                leaderIds[leader],
                                u < 0.65 ? "AGREE" : u < 0.9 ? "UNSURE" : "DISAGREE",
                                at(p.start.plusDays(random.nextLong(days)), 13, random.nextInt(60)));
                    }
                }
            }
        }
        reactions.end(report);
        // The completed programmes adopted their latest version on their last day.
        try (PreparedStatement adopt = connection.prepareStatement(
                "update leadership_platform set adopted_version_id = ?, adopted_on = ? where id = ?")) {
            for (int v = 0; v < versionIds.length; v++) {
                int platform = versionPlatform.get(v);
                boolean latest = v + 1 == versionIds.length || versionPlatform.get(v + 1) != platform;
                Programme p = started.get(platform);
                if (latest && p.status.equals("COMPLETED")) {
                    adopt.setLong(1, versionIds[v]);
                    adopt.setObject(2, p.end);
                    adopt.setLong(3, platformIds[platform]);
                    adopt.addBatch();
                }
            }
            adopt.executeBatch();
        }
    }

    /**
     * A self-assessment survey (the built-in instrument, with its bokmål texts) in every programme that has started:
     * a before round that most participants answered, and an after round from the last gathering, answered mostly by
     * those who answered before, a little higher. Answers are keyed as the survey module keys them (HMAC of
     * "survey:survey:person"), with the respondent's municipality.
     */
    private void writeSurveys() {
        SplittableRandom random = random(19);
        Properties texts = bundle("i18n/survey.properties");
        Instrument instrument = Instrument.SELF_ASSESSMENT;
        String prefix = instrument.keyPrefix();
        List<Integer> perFactor = instrument.statementsPerFactor();
        int questionsEach = perFactor.stream().mapToInt(Integer::intValue).sum();
        List<Programme> started = new ArrayList<>();
        for (Programme p : programmes) {
            if (p.started(today) && !p.participants.isEmpty()) {
                started.add(p);
            }
        }
        TableWriter surveys = TableWriter.withIds(
                connection, "survey", "programme_id", "title", "introduction", "instrument", "created_at");
        for (Programme p : started) {
            surveys.row(
                    p.id,
                    texts.getProperty(prefix + ".title"),
                    texts.getProperty(prefix + ".introduction"),
                    instrument.name(),
                    at(p.start.minusDays(30), 10, 0));
        }
        long[] surveyIds = surveys.end(report);
        TableWriter factors = TableWriter.withIds(connection, "survey_factor", "survey_id", "position", "name");
        for (long survey : surveyIds) {
            for (int f = 1; f <= perFactor.size(); f++) {
                factors.row(survey, f, texts.getProperty(prefix + ".factor." + f));
            }
        }
        long[] factorIds = factors.end(report);
        TableWriter questions = TableWriter.withIds(
                connection, "survey_question", "survey_id", "position", "kind", "text", "factor_id", "required");
        for (int s = 0; s < surveyIds.length; s++) {
            int position = 0;
            for (int f = 1; f <= perFactor.size(); f++) {
                for (int q = 1; q <= perFactor.get(f - 1); q++) {
                    questions.row(
                            surveyIds[s],
                            ++position,
                            "SCALE",
                            texts.getProperty(prefix + ".statement." + f + "." + q),
                            factorIds[s * perFactor.size() + f - 1],
                            true);
                }
            }
        }
        long[] questionIds = questions.end(report);
        TableWriter rounds =
                TableWriter.withIds(connection, "survey_round", "survey_id", "kind", "opens_on", "closes_on");
        List<Integer> roundSurvey = new ArrayList<>();
        List<Boolean> roundAfter = new ArrayList<>();
        for (int s = 0; s < surveyIds.length; s++) {
            Programme p = started.get(s);
            rounds.row(surveyIds[s], "BEFORE", p.start.minusDays(21), p.start.plusDays(7));
            roundSurvey.add(s);
            roundAfter.add(false);
            LocalDate last = p.gatheringDates.get(p.gatheringDates.size() - 1);
            if (!last.isAfter(today.plusDays(30))) {
                rounds.row(surveyIds[s], "AFTER", last, last.plusDays(28));
                roundSurvey.add(s);
                roundAfter.add(true);
            }
        }
        long[] roundIds = rounds.end(report);
        TableWriter responses =
                TableWriter.of(connection, "survey_response", "id", "round_id", "respondent_key", "municipality_id");
        record Answered(UUID response, int survey, byte[] scores) {}
        List<Answered> answered = new ArrayList<>();
        int round = 0;
        double[] level = new double[perFactor.size()];
        for (int s = 0; s < surveyIds.length; s++) {
            Programme p = started.get(s);
            long beforeRound = roundIds[round];
            Long afterRound = null;
            round++;
            if (round < roundIds.length && roundSurvey.get(round) == s && roundAfter.get(round)) {
                afterRound = p.gatheringDates.get(p.gatheringDates.size() - 1).isBefore(today) ? roundIds[round] : null;
                round++;
            }
            for (int leader : p.participants) {
                for (int f = 0; f < level.length; f++) {
                    level[f] = 3.1 + 0.6 * gaussian(random);
                }
                String key = key("survey:" + surveyIds[s] + ":" + leaderIds[leader]);
                long municipality = municipalities.get(leaderMunicipality[leader]).id;
                boolean before = random.nextDouble() < 0.8;
                boolean after = afterRound != null && random.nextDouble() < (before ? 0.7 : 0.2);
                for (int r = 0; r < 2; r++) {
                    if (r == 0 ? !before : !after) {
                        continue;
                    }
                    UUID response = uuid(random);
                    responses.row(response, r == 0 ? beforeRound : afterRound, key, municipality);
                    byte[] scores = new byte[questionsEach];
                    int q = 0;
                    for (int f = 0; f < perFactor.size(); f++) {
                        for (int k = 0; k < perFactor.get(f); k++, q++) {
                            long score = Math.round(level[f] + (r == 0 ? 0 : 0.35) + 0.5 * gaussian(random));
                            scores[q] = (byte) Math.max(1, Math.min(5, score));
                        }
                    }
                    answered.add(new Answered(response, s, scores));
                }
            }
        }
        responses.end(report);
        TableWriter answers = TableWriter.of(connection, "survey_answer", "response_id", "question_id", "score");
        for (Answered a : answered) {
            for (int q = 0; q < questionsEach; q++) {
                answers.row(a.response(), questionIds[a.survey() * questionsEach + q], a.scores()[q]);
            }
        }
        answers.end(report);
    }

    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
