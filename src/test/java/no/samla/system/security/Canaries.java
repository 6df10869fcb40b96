package no.samla.system.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import no.samla.support.DemoUsers;
import no.samla.system.RespondentKeys;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Unique markers planted in the demo data, one in each piece of content that has an owner (a leader's log entries,
 * drafts, comments and development project, coaching notes, evaluation and survey answers, network meeting notes,
 * home visit notes, innovation cases, leaders' names, programmes and their gatherings), each with the rule of who may
 * read it. A marker stands at the start of its text, so that pages showing only the first line or words still carry
 * it. Planting changes the rows in the current transaction only: callers roll it back.
 */
final class Canaries {

    /** A marker, what it was planted in, and who may read it. */
    record Canary(String kind, String token, String what, Predicate<Reader> mayRead) {}

    private static Canary canary(String kind, Object id, String what, Predicate<Reader> mayRead) {
        return new Canary(kind, token(kind, id), what, mayRead);
    }

    /** What the access rules know about one visitor. */
    record Reader(
            DemoUsers user,
            Long personId,
            Long municipalityId,
            boolean admin,
            Long adminOf,
            Set<Long> participates,
            Set<Long> staffs,
            Set<Long> keeps,
            Set<Long> groups,
            Set<Long> visits,
            Set<Long> panels) {

        static Reader of(DemoUsers user, JdbcTemplate jdbc) {
            if (user.email() == null) {
                return new Reader(
                        user, null, null, false, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
            }
            long person = jdbc.queryForObject(
                    "select id from person where lower(email) = lower(?)", Long.class, user.email());
            Long municipality =
                    jdbc.queryForObject("select municipality_id from person where id = ?", Long.class, person);
            List<String> roles = jdbc.queryForList(
                    "select ar.role from account_role ar join account a on a.id = ar.account_id where a.person_id = ?",
                    String.class,
                    person);
            Long adminOf = jdbc
                    .queryForList(
                            "select ar.municipality_id from account_role ar join account a on a.id = ar.account_id"
                                    + " where a.person_id = ? and ar.role = 'MUNICIPALITY_ADMIN'",
                            Long.class,
                            person)
                    .stream()
                    .findFirst()
                    .orElse(null);
            return new Reader(
                    user,
                    person,
                    municipality,
                    roles.contains("ADMIN"),
                    adminOf,
                    ids(
                            jdbc,
                            "select pa.programme_id from participation pa join participation_role r"
                                    + " on r.participation_id = pa.id where pa.person_id = ? and r.role = 'PARTICIPANT'",
                            person),
                    ids(
                            jdbc,
                            "select programme_id from programme_coordinator where person_id = ? union"
                                    + " select pa.programme_id from participation pa join participation_role r"
                                    + " on r.participation_id = pa.id where pa.person_id = ? and r.role <> 'PARTICIPANT'",
                            person,
                            person),
                    adminOf == null
                            ? Set.of()
                            : ids(
                                    jdbc,
                                    "select programme_id from programme_municipality where municipality_id = ?",
                                    adminOf),
                    ids(jdbc, "select network_group_id from network_group_member where person_id = ?", person),
                    ids(jdbc, "select home_visit_id from home_visit_participant where person_id = ?", person),
                    ids(
                            jdbc,
                            "select pi.programme_id from pitch pi join pitch_panel_member pm on pm.pitch_id = pi.id"
                                    + " where pm.person_id = ?",
                            person));
        }

        boolean is(Long person) {
            return personId != null && personId.equals(person);
        }

        /** Takes part in the programme in any role, runs it, or keeps an enrolled municipality. */
        boolean sees(long programme) {
            return admin || staffs.contains(programme) || participates.contains(programme) || keeps.contains(programme);
        }

        /** The admin or one who runs the programme (coordinator, facilitator, coach, panel member). */
        boolean runs(long programme) {
            return admin || staffs.contains(programme);
        }

        boolean keepsMunicipality(Long municipality) {
            return adminOf != null && adminOf.equals(municipality);
        }
    }

    private Canaries() {}

    static String token(String kind, Object id) {
        return "zq" + kind + id + "qz";
    }

    /** Plants the markers in the current transaction and gives them with their rules. */
    static List<Canary> plant(JdbcTemplate jdbc, RespondentKeys keys) {
        List<Canary> canaries = new ArrayList<>();
        journal(jdbc, canaries);
        coaching(jdbc, canaries);
        answers(jdbc, keys, canaries);
        groupsVisitsAndCases(jdbc, canaries);
        peopleAndProgrammes(jdbc, canaries);
        return canaries;
    }

    /** Who may read a leader's entry or project, after the choices the leader made. */
    private record Sharing(long programme, long author, boolean coach, boolean group, boolean coordinators) {}

    private static Predicate<Reader> sharedBy(
            Sharing sharing, Map<String, Set<Long>> coaches, Map<String, Set<Long>> groups) {
        Set<Long> authorsCoaches = coaches.getOrDefault(sharing.author() + ":" + sharing.programme(), Set.of());
        Set<Long> authorsGroups = groups.getOrDefault(sharing.author() + ":" + sharing.programme(), Set.of());
        return reader -> reader.is(sharing.author())
                || (sharing.coach() && authorsCoaches.contains(reader.personId()))
                || (sharing.group() && reader.groups().stream().anyMatch(authorsGroups::contains))
                // the coordinators and the group's facilitators read what is shared with the group
                || ((sharing.coordinators() || sharing.group())
                        && reader.staffs().contains(sharing.programme()));
    }

    private static void journal(JdbcTemplate jdbc, List<Canary> canaries) {
        Map<String, Set<Long>> coaches = byLeaderAndProgramme(
                jdbc,
                "select leader_person_id, programme_id, coach_person_id from coaching_session union"
                        + " select participant_person_id, programme_id, coach_person_id from coaching_assignment"
                        + " where coach_person_id is not null");
        Map<String, Set<Long>> groups = byLeaderAndProgramme(
                jdbc,
                "select m.person_id, g.programme_id, g.id from network_group_member m"
                        + " join network_group g on g.id = m.network_group_id");
        Map<Long, Predicate<Reader>> entryReaders = new HashMap<>();
        forEachSharing(jdbc, "log_entry", (entry, sharing) -> {
            Predicate<Reader> mayRead = sharedBy(sharing, coaches, groups);
            entryReaders.put(entry, mayRead);
            boolean shared = sharing.coach() || sharing.group() || sharing.coordinators();
            canaries.add(canary(
                    "log",
                    entry,
                    (shared ? "shared" : "private") + " log entry " + entry + " of person " + sharing.author(),
                    mayRead));
        });
        jdbc.update("update log_entry_version set "
                + prefixed("'zqlog' || entry_id || 'qz'", "did", "happened", "learned", "next_step"));
        jdbc.query("select id, entry_id, author_person_id from log_entry_comment", row -> {
            long author = row.getLong(3);
            Predicate<Reader> entry = entryReaders.get(row.getLong(2));
            canaries.add(canary(
                    "com",
                    row.getLong(1),
                    "comment " + row.getLong(1) + " on log entry " + row.getLong(2),
                    reader -> reader.is(author) || entry.test(reader)));
        });
        jdbc.update("update log_entry_comment set " + prefixed("'zqcom' || id || 'qz'", "text"));
        jdbc.query("select id, person_id from log_entry_draft", row -> {
            long author = row.getLong(2);
            canaries.add(canary(
                    "draft", row.getLong(1), "log entry draft of person " + author, reader -> reader.is(author)));
        });
        jdbc.update("update log_entry_draft set "
                + prefixed("'zqdraft' || id || 'qz'", "did", "happened", "learned", "next_step"));
        forEachSharing(
                jdbc,
                "development_project",
                (project, sharing) -> canaries.add(canary(
                        "dev",
                        project,
                        "development project " + project + " of person " + sharing.author(),
                        sharedBy(sharing, coaches, groups))));
        jdbc.update("update development_project_version set "
                + prefixed("'zqdev' || project_id || 'qz'", "goal", "why", "practice", "evidence"));
    }

    private static void coaching(JdbcTemplate jdbc, List<Canary> canaries) {
        jdbc.query("select session_id, coach_person_id from coaching_private_note", row -> {
            long coach = row.getLong(2);
            canaries.add(canary(
                    "cpn",
                    row.getLong(1),
                    "coach's private note on coaching session " + row.getLong(1),
                    reader -> reader.is(coach)));
        });
        jdbc.update("update coaching_private_note set " + prefixed("'zqcpn' || session_id || 'qz'", "text"));
        jdbc.query(
                "select id, leader_person_id, coach_person_id from coaching_session where shared_notes <> ''", row -> {
                    long leader = row.getLong(2);
                    long coach = row.getLong(3);
                    canaries.add(canary(
                            "csn",
                            row.getLong(1),
                            "shared notes of coaching session " + row.getLong(1),
                            reader -> reader.is(leader) || reader.is(coach)));
                });
        jdbc.update("update coaching_session set " + prefixed("'zqcsn' || id || 'qz'", "shared_notes")
                + " where shared_notes <> ''");
    }

    /** Evaluation and survey answers: their respondent, those who run the programme, and enrolled municipalities. */
    private static void answers(JdbcTemplate jdbc, RespondentKeys keys, List<Canary> canaries) {
        String answerKey = "left(replace(%s::text, '-', ''), 12)";
        jdbc.query(
                "select " + answerKey.formatted("a.id") + ", e.id, e.programme_id, a.person_id, a.respondent_key"
                        + " from evaluation_answer a join evaluation e on e.id = a.evaluation_id",
                row -> {
                    long evaluation = row.getLong(2);
                    long programme = row.getLong(3);
                    Long person = row.getObject(4, Long.class);
                    String respondent = row.getString(5);
                    canaries.add(canary(
                            "eva",
                            row.getString(1),
                            "answer to evaluation " + evaluation,
                            reader -> (person != null
                                            ? reader.is(person)
                                            : reader.personId() != null
                                                    && keys.of(evaluation, reader.personId())
                                                            .equals(respondent))
                                    || reader.runs(programme)
                                    || reader.keeps().contains(programme)));
                });
        String evaluationToken = "'zqeva' || " + answerKey.formatted("%s") + " || 'qz'";
        jdbc.update("update evaluation_answer set "
                + prefixed(evaluationToken.formatted("id"), "went_well", "could_be_better"));
        jdbc.update("update evaluation_answer_item set " + prefixed(evaluationToken.formatted("answer_id"), "text"));
        jdbc.query(
                "select " + answerKey.formatted("r.id") + ", s.id, s.programme_id, r.municipality_id, r.respondent_key"
                        + " from survey_response r join survey_round ro on ro.id = r.round_id"
                        + " join survey s on s.id = ro.survey_id",
                row -> {
                    long survey = row.getLong(2);
                    long programme = row.getLong(3);
                    Long municipality = row.getObject(4, Long.class);
                    String respondent = row.getString(5);
                    canaries.add(canary(
                            "sur",
                            row.getString(1),
                            "answer to survey " + survey,
                            reader -> (reader.personId() != null
                                            && keys.of("survey", survey, reader.personId())
                                                    .equals(respondent))
                                    || reader.runs(programme)
                                    || (reader.keeps().contains(programme) && reader.keepsMunicipality(municipality))));
                });
        jdbc.update("update survey_answer set "
                + prefixed(("'zqsur' || " + answerKey + " || 'qz'").formatted("response_id"), "text"));
    }

    private static void groupsVisitsAndCases(JdbcTemplate jdbc, List<Canary> canaries) {
        jdbc.query(
                "select n.id, m.network_group_id, m.programme_id, n.author_person_id from network_meeting_note n"
                        + " join network_meeting m on m.id = n.meeting_id",
                row -> {
                    long group = row.getLong(2);
                    long programme = row.getLong(3);
                    long author = row.getLong(4);
                    canaries.add(canary(
                            "nmn",
                            row.getLong(1),
                            "note on a meeting of network group " + group,
                            reader -> reader.is(author)
                                    || reader.groups().contains(group)
                                    || reader.runs(programme)
                                    || reader.keeps().contains(programme)));
                });
        jdbc.update("update network_meeting_note set " + prefixed("'zqnmn' || id || 'qz'", "text"));
        jdbc.query("select id, programme_id, municipality_id from home_visit", row -> {
            long visit = row.getLong(1);
            long programme = row.getLong(2);
            long municipality = row.getLong(3);
            canaries.add(canary(
                    "hv",
                    visit,
                    "agenda and notes of home visit " + visit + " in municipality " + municipality,
                    reader -> reader.visits().contains(visit)
                            || reader.runs(programme)
                            || (reader.keeps().contains(programme) && reader.keepsMunicipality(municipality))));
        });
        jdbc.update("update home_visit set " + prefixed("'zqhv' || id || 'qz'", "agenda", "notes"));
        jdbc.query(
                "select c.id, c.programme_id, coalesce(c.owner_municipality_id, c.municipality_id),"
                        + " coalesce(s.shares, false) from innovation_case c left join municipality_case_sharing s"
                        + " on s.municipality_id = coalesce(c.owner_municipality_id, c.municipality_id)",
                row -> {
                    long programme = row.getLong(2);
                    Long municipality = row.getObject(3, Long.class);
                    boolean shared = row.getBoolean(4);
                    canaries.add(canary(
                            "case",
                            row.getLong(1),
                            "innovation case " + row.getLong(1) + (shared ? " (shared)" : ""),
                            reader -> (shared && reader.personId() != null)
                                    // a pitch's panel scores the programme's cases
                                    || reader.panels().contains(programme)
                                    || reader.runs(programme)
                                    || reader.participates().contains(programme)
                                    || reader.keepsMunicipality(municipality)));
                });
        jdbc.update(
                "update innovation_case set " + prefixed("'zqcase' || id || 'qz'", "need", "target_group", "goals"));
    }

    /**
     * Leaders' names (not of those with a role beyond leading, whose names belong to the programmes they run), and
     * each programme's description and gathering titles.
     */
    private static void peopleAndProgrammes(JdbcTemplate jdbc, List<Canary> canaries) {
        String leaders = "p.municipality_id is not null"
                + " and not exists (select 1 from account a join account_role ar on ar.account_id = a.id"
                + " where a.person_id = p.id and ar.role <> 'LEADER')"
                + " and not exists (select 1 from participation pa join participation_role r"
                + " on r.participation_id = pa.id where pa.person_id = p.id and r.role <> 'PARTICIPANT')"
                + " and not exists (select 1 from pitch_panel_member pm where pm.person_id = p.id)";
        Map<Long, Set<Long>> programmesOf = new HashMap<>();
        jdbc.query("select person_id, programme_id from participation", row -> {
            programmesOf.computeIfAbsent(row.getLong(1), k -> new HashSet<>()).add(row.getLong(2));
        });
        jdbc.query("select p.id, p.municipality_id from person p where " + leaders, row -> {
            long person = row.getLong(1);
            long municipality = row.getLong(2);
            Set<Long> programmes = programmesOf.getOrDefault(person, Set.of());
            canaries.add(canary(
                    "per",
                    person,
                    "name of leader " + person + " of municipality " + municipality,
                    reader -> reader.admin()
                            || reader.is(person)
                            || reader.keepsMunicipality(municipality)
                            || (reader.adminOf() == null
                                    && (Long.valueOf(municipality).equals(reader.municipalityId())
                                            || programmes.stream()
                                                    .anyMatch(id -> reader.participates()
                                                                    .contains(id)
                                                            || reader.staffs().contains(id))))));
        });
        jdbc.update("update person p set full_name = 'zqper' || p.id || 'qz ' || p.full_name where " + leaders);
        jdbc.query("select id from programme where not template", row -> {
            long programme = row.getLong(1);
            canaries.add(canary(
                    "prg", programme, "description of programme " + programme, reader -> reader.sees(programme)));
        });
        jdbc.update("update programme set description = 'zqprg' || id || 'qz ' || coalesce(description, '')"
                + " where not template");
        jdbc.query(
                "select g.id, g.programme_id from gathering g join programme p on p.id = g.programme_id"
                        + " where not p.template",
                row -> {
                    long programme = row.getLong(2);
                    canaries.add(canary(
                            "gat",
                            row.getLong(1),
                            "title of gathering " + row.getLong(1) + " of programme " + programme,
                            // a pitch page names the gathering the pitch is at
                            reader -> reader.sees(programme) || reader.panels().contains(programme)));
                });
        jdbc.update("update gathering g set title = 'zqgat' || g.id || 'qz ' || g.title"
                + " from programme p where p.id = g.programme_id and not p.template");
    }

    /** Rows of (leader, programme, id) as the ids per leader and programme. */
    private static Map<String, Set<Long>> byLeaderAndProgramme(JdbcTemplate jdbc, String sql) {
        Map<String, Set<Long>> ids = new HashMap<>();
        jdbc.query(sql, row -> {
            ids.computeIfAbsent(row.getLong(1) + ":" + row.getLong(2), k -> new HashSet<>())
                    .add(row.getLong(3));
        });
        return ids;
    }

    /** Each row of a table of things a leader shares (log entries, development projects) with its sharing. */
    private static void forEachSharing(JdbcTemplate jdbc, String table, BiConsumer<Long, Sharing> action) {
        jdbc.query(
                "select id, programme_id, person_id, share_with_coach, share_with_network_group,"
                        + " share_with_coordinators from " + table,
                row -> {
                    action.accept(
                            row.getLong(1),
                            new Sharing(
                                    row.getLong(2),
                                    row.getLong(3),
                                    row.getBoolean(4),
                                    row.getBoolean(5),
                                    row.getBoolean(6)));
                });
    }

    /** Sets each column, where it has a text, to the marker and the text. */
    private static String prefixed(String token, String... columns) {
        List<String> sets = new ArrayList<>();
        for (String column : columns) {
            sets.add(column + " = case when " + column + " is null or " + column + " = '' then " + column + " else "
                    + token + " || ' ' || " + column + " end");
        }
        return String.join(", ", sets);
    }

    private static Set<Long> ids(JdbcTemplate jdbc, String sql, Object... arguments) {
        return new HashSet<>(jdbc.queryForList(sql, Long.class, arguments));
    }
}
