package no.samla.system.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import no.samla.demo.DemoProgrammes;
import no.samla.support.DemoUsers;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The addresses of {@link RouteAccessTable} with their ids swapped for ids of objects that belong to someone else: for
 * each visitor, another programme (with its municipality and one of its leaders) and, for leaders, another leader of
 * their own programme who shares nothing with them. Each id is swapped alone (a foreign object under one's own
 * programme) and all together. For the visitors to whom the table's addresses are foreign, the addresses are first
 * moved to their own programme, so that their own pages are swapped from too.
 */
final class ForeignIds {

    /** What an id in a path names, told by the path segment before it. */
    enum Kind {
        PROGRAMME,
        GATHERING,
        AGENDA_ITEM,
        MATERIAL,
        EVALUATION,
        LOG_ENTRY,
        SHARED_LOG_ENTRY,
        ATTACHMENT,
        COACHING_SESSION,
        SHARED_PROJECT,
        HOME_VISIT,
        NETWORK_GROUP,
        NETWORK_MEETING,
        ASSIGNMENT,
        CASE,
        BENEFIT,
        MEASUREMENT,
        JOURNEY,
        WHY,
        PITCH,
        PLATFORM,
        PRINCIPLE,
        SURVEY,
        SURVEY_ROUND,
        SURVEY_QUESTION,
        MUNICIPALITY
    }

    /** The objects a leader owns by themselves, the ones swapped for another leader's of the same programme. */
    static final Set<Kind> PERSONAL = EnumSet.of(
            Kind.LOG_ENTRY, Kind.SHARED_LOG_ENTRY, Kind.ATTACHMENT, Kind.COACHING_SESSION, Kind.SHARED_PROJECT);

    /**
     * Someone else's objects: all of a programme, or only a leader's own ones within a programme; routes under {@code
     * sharedUnder} show some of that programme to the visitor too, and are left out.
     */
    record World(String programme, String leaderEmail, boolean personalOnly, String sharedUnder) {
        String describe() {
            return personalOnly ? "another leader's (" + leaderEmail + ")" : "another programme's (" + programme + ")";
        }
    }

    /** An address with ids of someone else's objects, and which. */
    record Swap(String url, String what) {}

    private static final PathPatternParser PARSER = new PathPatternParser();

    private final JdbcTemplate jdbc;
    private final RouteAccessTable.DemoIds ids;
    private final Map<String, Optional<Long>> known = new HashMap<>();

    ForeignIds(JdbcTemplate jdbc, RouteAccessTable.DemoIds ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    /** The objects that are someone else's for a visitor; none for the admin, who may see every programme. */
    List<World> worldsOf(DemoUsers user) {
        String school = DemoProgrammes.DRAMMEN_SCHOOL;
        String innlandet = DemoProgrammes.INNLANDET_INNOVATION;
        String kari = DemoUsers.LEADER.email();
        String ola = DemoUsers.LEADER_OTHER_MUNICIPALITY.email();
        return switch (user) {
            case LEADER ->
                List.of(
                        new World(innlandet, ola, false, null),
                        new World(school, strangerTo(school, kari), true, null));
            case LEADER_OTHER_MUNICIPALITY ->
                List.of(
                        new World(school, kari, false, null),
                        new World(innlandet, strangerTo(innlandet, ola), true, null));
            // both sit on the panel of Innlandet's pitch (see the access table)
            case MUNICIPALITY_ADMIN, COORDINATOR -> List.of(new World(innlandet, ola, false, "/pitches/"));
            case MUNICIPALITY_ADMIN_OTHER, COORDINATOR_OTHER -> List.of(new World(school, kari, false, null));
            case ANONYMOUS, ADMIN -> List.of();
        };
    }

    /** The route's address with each id swapped for the world's object of the same kind, alone and all together. */
    List<Swap> swaps(String pattern, String url, World world) {
        if (world.sharedUnder() != null && pattern.startsWith(world.sharedUnder())) {
            return List.of();
        }
        Address address = Address.of(pattern, url);
        Map<String, String> foreign = idsIn(address, world);
        List<Swap> swaps = new ArrayList<>();
        for (Map.Entry<String, String> id : foreign.entrySet()) {
            swaps.add(new Swap(address.with(Map.of(id.getKey(), id.getValue())), world.describe() + " " + id.getKey()));
        }
        if (foreign.size() > 1) {
            swaps.add(new Swap(address.with(foreign), world.describe() + " ids, all of them"));
        }
        return swaps;
    }

    /**
     * The world in which the visitor's own objects are, for visitors to whom the table's addresses (of Drammen's
     * school) are foreign, and the visitor of the table who has the same role there.
     */
    Optional<Map.Entry<World, DemoUsers>> ownOf(DemoUsers user) {
        World innlandet = new World(
                DemoProgrammes.INNLANDET_INNOVATION, DemoUsers.LEADER_OTHER_MUNICIPALITY.email(), false, null);
        return switch (user) {
            case LEADER_OTHER_MUNICIPALITY -> Optional.of(Map.entry(innlandet, DemoUsers.LEADER));
            case MUNICIPALITY_ADMIN_OTHER -> Optional.of(Map.entry(innlandet, DemoUsers.MUNICIPALITY_ADMIN));
            case COORDINATOR_OTHER -> Optional.of(Map.entry(innlandet, DemoUsers.COORDINATOR));
            default -> Optional.empty();
        };
    }

    /** The address with every id moved to the world's object of its kind, or empty when it has no such ids. */
    Optional<String> moved(String pattern, String url, World world) {
        Address address = Address.of(pattern, url);
        Map<String, String> ids = idsIn(address, world);
        return ids.isEmpty() ? Optional.empty() : Optional.of(address.with(ids));
    }

    /** The ids of the world's objects for the address's variables that name a kind of object. */
    private Map<String, String> idsIn(Address address, World world) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String variable : address.variables().keySet()) {
            Kind kind = kindOf(address.pattern(), variable);
            if (kind != null && (!world.personalOnly() || PERSONAL.contains(kind))) {
                Long id = idOf(kind, world);
                if (id != null) {
                    ids.put(variable, id.toString());
                }
            }
        }
        return ids;
    }

    /** An address taken apart by its pattern: the values of its variables, and its query. */
    private record Address(String pattern, Map<String, String> variables, String query) {

        static Address of(String pattern, String url) {
            String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            PathPattern.PathMatchInfo match = PARSER.parse(pattern).matchAndExtract(PathContainer.parsePath(path));
            if (match == null) {
                throw new IllegalStateException(url + " does not match " + pattern);
            }
            return new Address(pattern, match.getUriVariables(), url.substring(path.length()));
        }

        /** The address with some of its variables given other values. */
        String with(Map<String, String> values) {
            Map<String, String> all = new LinkedHashMap<>(variables);
            all.putAll(values);
            String url = pattern;
            for (Map.Entry<String, String> value : all.entrySet()) {
                url = url.replace("{" + value.getKey() + "}", value.getValue());
            }
            return url + query;
        }
    }

    static Kind kindOf(String pattern, String variable) {
        String[] before =
                pattern.substring(0, pattern.indexOf("{" + variable + "}")).split("/");
        String segment = before[before.length - 1];
        String parent = before.length > 1 ? before[before.length - 2] : "";
        return switch (segment) {
            case "programmes", "my-programme", "innovation", "journal-export", "development-project" -> Kind.PROGRAMME;
            case "shared" -> parent.equals("journal") ? Kind.SHARED_LOG_ENTRY : Kind.SHARED_PROJECT;
            case "journal" -> Kind.LOG_ENTRY;
            case "gatherings" -> Kind.GATHERING;
            case "agenda" -> Kind.AGENDA_ITEM;
            case "material" -> Kind.MATERIAL;
            case "evaluations" -> Kind.EVALUATION;
            case "attachments" -> Kind.ATTACHMENT;
            case "sessions" -> Kind.COACHING_SESSION;
            case "home-visits" -> Kind.HOME_VISIT;
            case "network-groups" -> Kind.NETWORK_GROUP;
            case "meetings" -> Kind.NETWORK_MEETING;
            case "assignments" -> Kind.ASSIGNMENT;
            case "innovation-cases", "innovation-library", "cases" -> Kind.CASE;
            case "benefits" -> Kind.BENEFIT;
            case "measurements" -> Kind.MEASUREMENT;
            case "journeys" -> Kind.JOURNEY;
            case "whys" -> Kind.WHY;
            case "pitches" -> Kind.PITCH;
            case "platforms" -> Kind.PLATFORM;
            case "principles" -> Kind.PRINCIPLE;
            case "surveys" -> Kind.SURVEY;
            case "rounds" -> Kind.SURVEY_ROUND;
            case "questions" -> Kind.SURVEY_QUESTION;
            case "municipalities" -> Kind.MUNICIPALITY;
            // roadmap steps are the same for all, journey steps and versions are numbered within their owner, and
            // tokens, templates and the admin's own pages name nothing that belongs to a programme or a leader
            default -> null;
        };
    }

    /** The world's object of a kind, or null when it has none. */
    Long idOf(Kind kind, World world) {
        // not computeIfAbsent: looking up a child looks up its parent first
        String key = kind + " " + world;
        if (!known.containsKey(key)) {
            known.put(key, Optional.ofNullable(lookUp(kind, world)));
        }
        return known.get(key).orElse(null);
    }

    private Long lookUp(Kind kind, World world) {
        String p = world.programme();
        String leader = world.leaderEmail();
        return switch (kind) {
            case PROGRAMME -> found(() -> ids.programmeId(p));
            case GATHERING -> found(() -> ids.gatheringId(p, 1));
            case AGENDA_ITEM -> found(() -> ids.agendaItemId(p, 1));
            case MATERIAL ->
                first(
                        "select m.id from gathering_material m join gathering g on g.id = m.gathering_id"
                                + " join programme p on p.id = g.programme_id where p.name = ? order by g.number, m.id",
                        p);
            case EVALUATION -> found(() -> ids.evaluationId(p, 1));
            case LOG_ENTRY -> found(() -> ids.logEntryId(p, leader, false));
            case SHARED_LOG_ENTRY -> found(() -> ids.logEntryId(p, leader, true));
            case ATTACHMENT ->
                first(
                        "select a.id from log_entry_attachment a join log_entry e on e.id = a.entry_id"
                                + " join programme p on p.id = e.programme_id join person pe on pe.id = e.person_id"
                                + " where p.name = ? and lower(pe.email) = lower(?) order by a.id",
                        p,
                        leader);
            case COACHING_SESSION ->
                first(
                        "select s.id from coaching_session s join programme p on p.id = s.programme_id"
                                + " join person pe on pe.id = s.leader_person_id"
                                + " where p.name = ? and lower(pe.email) = lower(?) order by s.id",
                        p,
                        leader);
            case SHARED_PROJECT -> found(() -> ids.developmentProjectId(p, leader));
            case HOME_VISIT ->
                first(
                        "select hv.id from home_visit hv join programme p on p.id = hv.programme_id where p.name = ?"
                                + " order by hv.municipality_id = (select municipality_id from person"
                                + " where lower(email) = lower(?)) desc, hv.id",
                        p,
                        leader);
            case NETWORK_GROUP ->
                first(
                        "select ng.id from network_group ng join programme p on p.id = ng.programme_id where p.name = ?"
                                + " order by exists (select 1 from network_group_member m join person pe"
                                + " on pe.id = m.person_id where m.network_group_id = ng.id and lower(pe.email) = lower(?))"
                                + " desc, ng.id",
                        p,
                        leader);
            case NETWORK_MEETING ->
                first(
                        "select nm.id from network_meeting nm where nm.network_group_id = ? order by nm.meeting_date, nm.id",
                        idOf(Kind.NETWORK_GROUP, world));
            case ASSIGNMENT ->
                first(
                        "select a.id from assignment a join programme p on p.id = a.programme_id where p.name = ?"
                                + " order by a.id",
                        p);
            case CASE ->
                first(
                        "select c.id from innovation_case c join programme p on p.id = c.programme_id"
                                + " left join municipality_case_sharing s"
                                + " on s.municipality_id = coalesce(c.owner_municipality_id, c.municipality_id)"
                                + " where p.name = ? order by coalesce(s.shares, false), c.id",
                        p);
            case BENEFIT -> child("innovation_benefit", "case_id", Kind.CASE, world);
            case MEASUREMENT -> child("innovation_benefit_measurement", "benefit_id", Kind.BENEFIT, world);
            case JOURNEY -> child("innovation_journey", "case_id", Kind.CASE, world);
            case WHY -> child("innovation_why_analysis", "case_id", Kind.CASE, world);
            case PITCH ->
                first(
                        "select pi.id from pitch pi join programme p on p.id = pi.programme_id where p.name = ?"
                                + " order by pi.id",
                        p);
            case PLATFORM -> found(() -> ids.platformId(p));
            case PRINCIPLE -> found(() -> ids.principleId(ids.platformId(p)));
            case SURVEY ->
                first(
                        "select s.id from survey s join programme p on p.id = s.programme_id where p.name = ? order by s.id",
                        p);
            case SURVEY_ROUND -> child("survey_round", "survey_id", Kind.SURVEY, world);
            case SURVEY_QUESTION -> child("survey_question", "survey_id", Kind.SURVEY, world);
            case MUNICIPALITY -> found(() -> ids.municipalityIdOf(leader));
        };
    }

    /**
     * A participant of the programme who is in no network group with the leader, preferring one with entries of both
     * kinds, coaching and an attachment, so that each of their objects is there to be swapped in.
     */
    private String strangerTo(String programme, String leaderEmail) {
        return jdbc.queryForObject(
                "select pe.email from participation pa join participation_role r on r.participation_id = pa.id"
                        + " join person pe on pe.id = pa.person_id join programme p on p.id = pa.programme_id"
                        + " where p.name = ? and r.role = 'PARTICIPANT' and lower(pe.email) <> lower(?)"
                        + " and not exists (select 1 from network_group_member mine"
                        + " join network_group_member theirs on theirs.network_group_id = mine.network_group_id"
                        + " join person me on me.id = mine.person_id"
                        + " where theirs.person_id = pe.id and lower(me.email) = lower(?))"
                        + " order by exists (select 1 from log_entry e where e.person_id = pe.id and e.programme_id = p.id"
                        + " and (e.share_with_coach or e.share_with_network_group or e.share_with_coordinators)) desc,"
                        + " exists (select 1 from log_entry e where e.person_id = pe.id and e.programme_id = p.id"
                        + " and not (e.share_with_coach or e.share_with_network_group or e.share_with_coordinators)) desc,"
                        + " exists (select 1 from coaching_session s where s.leader_person_id = pe.id) desc,"
                        + " exists (select 1 from development_project d where d.person_id = pe.id) desc, pe.id"
                        + " limit 1",
                String.class,
                programme,
                leaderEmail,
                leaderEmail);
    }

    /** The first row of a table that belongs to the world's object of another kind. */
    private Long child(String table, String parentColumn, Kind parent, World world) {
        return first("select id from " + table + " where " + parentColumn + " = ? order by id", idOf(parent, world));
    }

    private Long first(String sql, Object... arguments) {
        for (Object argument : arguments) {
            if (argument == null) {
                return null;
            }
        }
        return jdbc.queryForList(sql + " limit 1", Long.class, arguments).stream()
                .findFirst()
                .orElse(null);
    }

    private static Long found(Supplier<Long> lookup) {
        try {
            return lookup.get();
        } catch (EmptyResultDataAccessException | NullPointerException e) {
            // the world has no such object (a lookup by min() gives null)
            return null;
        }
    }
}
