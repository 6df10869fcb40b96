package no.samla.system.security;

import static no.samla.support.DemoUsers.ADMIN;
import static no.samla.support.DemoUsers.ANONYMOUS;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.samla.demo.DemoProgrammes;
import no.samla.support.DemoUsers;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every route of Samla with the outcome each kind of visitor must get. A route that is mapped but not
 * listed here fails {@link RouteAccessTest}; each feature adds its routes.
 */
public final class RouteAccessTable {

    /** One route: method, mapped pattern, a concrete address to try, and the expected outcomes. */
    public record Route(HttpMethod method, String pattern, String url, Map<DemoUsers, Access> expected) {
        public String key() {
            return method + " " + pattern;
        }
    }

    /** Ids of demo objects, looked up when the table is built. */
    public interface DemoIds {
        long personId(String email);

        long accountId(String email);

        long providerId(String name);

        /** An organisation's single sign-on provider by the name on its button. */
        long signInProviderId(String displayName);

        long programmeId(String name);

        long participationId(String programme, String email);

        long gatheringId(String programme, int number);

        long agendaItemId(String programme, int gatheringNumber);

        /** The coach's first open slot from now on. */
        long openCoachingSlotId(String coachEmail);

        /** The leader's first active coaching session starting after now, or the latest before now. */
        long coachingSessionId(String leaderEmail, boolean upcoming);

        long developmentProjectId(String programme, String email);
        /** The first file (or, with {@code file} false, link) among a demo gathering's material. */
        long materialId(String programme, int gatheringNumber, boolean file);
        /** The evaluation of a gathering, or the programme-level one when the number is null. */
        long evaluationId(String programme, Integer gatheringNumber);

        /** The first extra question of the programme-level evaluation. */
        long evaluationQuestionId(String programme);

        /** The municipality a person belongs to. */
        long municipalityIdOf(String email);

        /** The first busy period of a municipality. */
        long busyPeriodId(long municipalityId);

        /** The active network group a person is in, in a programme. */
        long networkGroupId(String programme, String email);

        /** The first meeting of that group. */
        long networkMeetingId(String programme, String email);

        /** The first assignment a person has been given in a programme. */
        long assignmentId(String programme, String email);
        /** A leader's latest log entry in a programme: the latest shared one, or the latest private one. */
        long logEntryId(String programme, String email, boolean shared);

        /** The attachment of a log entry. */
        long logEntryAttachmentId(long entryId);

        /** The scheduled home visit of a person's municipality in a programme. */
        long homeVisitId(String programme, String email);

        /** An innovation case of a programme by its title. */
        long innovationCaseId(String programme, String title);

        /** The first step of the first phase of the innovation roadmap. */
        long firstInnovationStepId();

        /** A benefit of an innovation case by the titles of both. */
        long benefitId(String programme, String caseTitle, String benefitTitle);

        /** The latest measurement of a benefit. */
        long latestMeasurementId(long benefitId);

        /** A pitch of a programme by its title. */
        long pitchId(String programme, String title);

        /** The first criterion of a pitch. */
        long firstPitchCriterionId(long pitchId);

        /** The first user journey of an innovation case. */
        long journeyId(long caseId);

        /** The first step of a user journey. */
        long journeyStepId(long journeyId);

        /** The first five whys analysis of an innovation case. */
        long whyAnalysisId(long caseId);

        /** The first idea of an innovation case. */
        long ideaId(long caseId);

        /** The first survey of a programme made from a built-in instrument (SELF_ASSESSMENT, EXPECTATIONS...). */
        long surveyId(String programme, String instrument);

        /** The first round of a survey of a kind (BEFORE, AFTER...). */
        long surveyRoundId(long surveyId, String kind);

        /** The first question of a survey. */
        long surveyQuestionId(long surveyId);

        /** The programme-wide leadership platform of a programme. */
        long platformId(String programme);

        /** The first principle of a platform's draft. */
        long principleId(long platformId);

        static DemoIds from(JdbcTemplate jdbc) {
            return new DemoIds() {
                @Override
                public long municipalityIdOf(String email) {
                    return jdbc.queryForObject(
                            "select municipality_id from person where lower(email) = lower(?)", Long.class, email);
                }

                @Override
                public long busyPeriodId(long municipalityId) {
                    return jdbc.queryForObject(
                            "select min(id) from municipality_busy_period where municipality_id = ?",
                            Long.class,
                            municipalityId);
                }

                @Override
                public long networkGroupId(String programme, String email) {
                    return jdbc.queryForObject(
                            "select ng.id from network_group ng join programme p on p.id = ng.programme_id"
                                    + " join network_group_member mem on mem.network_group_id = ng.id and mem.left_on is null"
                                    + " join person pe on pe.id = mem.person_id"
                                    + " where p.name = ? and ng.status = 'ACTIVE' and lower(pe.email) = lower(?)",
                            Long.class,
                            programme,
                            email);
                }

                @Override
                public long networkMeetingId(String programme, String email) {
                    return jdbc.queryForObject(
                            "select nm.id from network_meeting nm where nm.network_group_id = ?"
                                    + " order by nm.meeting_date, nm.id limit 1",
                            Long.class,
                            networkGroupId(programme, email));
                }

                @Override
                public long evaluationQuestionId(String programme) {
                    return jdbc.queryForObject(
                            "select min(q.id) from evaluation_question q join evaluation e on e.id = q.evaluation_id"
                                    + " join programme p on p.id = e.programme_id where p.name = ? and e.gathering_id is null",
                            Long.class,
                            programme);
                }

                @Override
                public long evaluationId(String programme, Integer gatheringNumber) {
                    return gatheringNumber == null
                            ? jdbc.queryForObject(
                                    "select e.id from evaluation e join programme p on p.id = e.programme_id"
                                            + " where p.name = ? and e.gathering_id is null",
                                    Long.class,
                                    programme)
                            : jdbc.queryForObject(
                                    "select e.id from evaluation e join gathering g on g.id = e.gathering_id"
                                            + " join programme p on p.id = e.programme_id where p.name = ? and g.number = ?",
                                    Long.class,
                                    programme,
                                    gatheringNumber);
                }

                @Override
                public long programmeId(String name) {
                    return jdbc.queryForObject("select id from programme where name = ?", Long.class, name);
                }

                @Override
                public long participationId(String programme, String email) {
                    return jdbc.queryForObject(
                            "select pa.id from participation pa join person pe on pe.id = pa.person_id"
                                    + " join programme p on p.id = pa.programme_id where p.name = ? and lower(pe.email) = lower(?)",
                            Long.class,
                            programme,
                            email);
                }

                @Override
                public long agendaItemId(String programme, int gatheringNumber) {
                    return jdbc.queryForObject(
                            "select min(i.id) from agenda_item i join gathering g on g.id = i.gathering_id"
                                    + " join programme p on p.id = g.programme_id where p.name = ? and g.number = ?",
                            Long.class,
                            programme,
                            gatheringNumber);
                }

                @Override
                public long materialId(String programme, int gatheringNumber, boolean file) {
                    return jdbc.queryForObject(
                            "select min(m.id) from gathering_material m join gathering g on g.id = m.gathering_id"
                                    + " join programme p on p.id = g.programme_id where p.name = ? and g.number = ?"
                                    + " and (m.file_name is not null) = ?",
                            Long.class,
                            programme,
                            gatheringNumber,
                            file);
                }

                @Override
                public long gatheringId(String programme, int number) {
                    return jdbc.queryForObject(
                            "select g.id from gathering g join programme p on p.id = g.programme_id where p.name = ? and g.number = ?",
                            Long.class,
                            programme,
                            number);
                }

                @Override
                public long openCoachingSlotId(String coachEmail) {
                    return jdbc.queryForObject(
                            "select min(sl.id) from coaching_slot sl join person pe on pe.id = sl.coach_person_id"
                                    + " where lower(pe.email) = lower(?) and sl.starts_at > now() and not exists"
                                    + " (select 1 from coaching_session s where s.slot_id = sl.id and s.status = 'BOOKED')",
                            Long.class,
                            coachEmail);
                }

                @Override
                public long coachingSessionId(String leaderEmail, boolean upcoming) {
                    return jdbc.queryForObject(
                            "select s.id from coaching_session s join coaching_slot sl on sl.id = s.slot_id"
                                    + " join person pe on pe.id = s.leader_person_id where lower(pe.email) = lower(?)"
                                    + " and s.status = 'BOOKED' and (sl.starts_at > now()) = ? order by sl.starts_at limit 1",
                            Long.class,
                            leaderEmail,
                            upcoming);
                }

                @Override
                public long developmentProjectId(String programme, String email) {
                    return jdbc.queryForObject(
                            "select d.id from development_project d join person pe on pe.id = d.person_id"
                                    + " join programme p on p.id = d.programme_id where p.name = ? and lower(pe.email) = lower(?)",
                            Long.class,
                            programme,
                            email);
                }

                @Override
                public long personId(String email) {
                    return jdbc.queryForObject(
                            "select id from person where lower(email) = lower(?)", Long.class, email);
                }

                @Override
                public long accountId(String email) {
                    return jdbc.queryForObject(
                            "select id from account where lower(email) = lower(?)", Long.class, email);
                }

                @Override
                public long signInProviderId(String displayName) {
                    return jdbc.queryForObject(
                            "select id from sign_in_provider where display_name = ?", Long.class, displayName);
                }

                @Override
                public long providerId(String name) {
                    return jdbc.queryForObject("select id from provider_organisation where name = ?", Long.class, name);
                }

                @Override
                public long assignmentId(String programme, String email) {
                    return jdbc.queryForObject(
                            "select min(a.id) from assignment a join programme p on p.id = a.programme_id"
                                    + " join assignment_recipient r on r.assignment_id = a.id"
                                    + " join person pe on pe.id = r.person_id where p.name = ? and lower(pe.email) = lower(?)",
                            Long.class,
                            programme,
                            email);
                }

                @Override
                public long logEntryId(String programme, String email, boolean shared) {
                    return jdbc.queryForObject(
                            "select e.id from log_entry e join programme p on p.id = e.programme_id"
                                    + " join person pe on pe.id = e.person_id where p.name = ? and lower(pe.email) = lower(?)"
                                    + " and (e.share_with_coach or e.share_with_network_group or e.share_with_coordinators) = ?"
                                    + " order by e.entry_date desc, e.id desc limit 1",
                            Long.class,
                            programme,
                            email,
                            shared);
                }

                @Override
                public long logEntryAttachmentId(long entryId) {
                    return jdbc.queryForObject(
                            "select id from log_entry_attachment where entry_id = ?", Long.class, entryId);
                }

                @Override
                public long homeVisitId(String programme, String email) {
                    return jdbc.queryForObject(
                            "select hv.id from home_visit hv join programme p on p.id = hv.programme_id"
                                    + " where p.name = ? and hv.municipality_id = ? and hv.status = 'SCHEDULED'",
                            Long.class,
                            programme,
                            municipalityIdOf(email));
                }

                @Override
                public long innovationCaseId(String programme, String title) {
                    return jdbc.queryForObject(
                            "select c.id from innovation_case c join programme p on p.id = c.programme_id"
                                    + " where p.name = ? and c.title = ?",
                            Long.class,
                            programme,
                            title);
                }

                @Override
                public long firstInnovationStepId() {
                    return jdbc.queryForObject(
                            "select s.id from innovation_step s join innovation_phase p on p.id = s.phase_id"
                                    + " order by p.sort_order, s.sort_order limit 1",
                            Long.class);
                }

                @Override
                public long benefitId(String programme, String caseTitle, String benefitTitle) {
                    return jdbc.queryForObject(
                            "select b.id from innovation_benefit b join innovation_case c on c.id = b.case_id"
                                    + " join programme p on p.id = c.programme_id"
                                    + " where p.name = ? and c.title = ? and b.title = ?",
                            Long.class,
                            programme,
                            caseTitle,
                            benefitTitle);
                }

                @Override
                public long latestMeasurementId(long benefitId) {
                    return jdbc.queryForObject(
                            "select id from innovation_benefit_measurement where benefit_id = ?"
                                    + " order by measured_on desc, id desc limit 1",
                            Long.class,
                            benefitId);
                }

                @Override
                public long pitchId(String programme, String title) {
                    return jdbc.queryForObject(
                            "select pi.id from pitch pi join programme p on p.id = pi.programme_id"
                                    + " where p.name = ? and pi.title = ?",
                            Long.class,
                            programme,
                            title);
                }

                @Override
                public long firstPitchCriterionId(long pitchId) {
                    return jdbc.queryForObject(
                            "select id from pitch_criterion where pitch_id = ? order by position, id limit 1",
                            Long.class,
                            pitchId);
                }

                @Override
                public long journeyId(long caseId) {
                    return jdbc.queryForObject(
                            "select min(id) from innovation_journey where case_id = ?", Long.class, caseId);
                }

                @Override
                public long journeyStepId(long journeyId) {
                    return jdbc.queryForObject(
                            "select id from innovation_journey_step where journey_id = ? order by position limit 1",
                            Long.class,
                            journeyId);
                }

                @Override
                public long whyAnalysisId(long caseId) {
                    return jdbc.queryForObject(
                            "select min(id) from innovation_why_analysis where case_id = ?", Long.class, caseId);
                }

                @Override
                public long ideaId(long caseId) {
                    return jdbc.queryForObject(
                            "select min(id) from innovation_idea where case_id = ?", Long.class, caseId);
                }

                @Override
                public long surveyId(String programme, String instrument) {
                    return jdbc.queryForObject(
                            "select min(s.id) from survey s join programme p on p.id = s.programme_id"
                                    + " where p.name = ? and s.instrument = ?",
                            Long.class,
                            programme,
                            instrument);
                }

                @Override
                public long surveyRoundId(long surveyId, String kind) {
                    return jdbc.queryForObject(
                            "select min(id) from survey_round where survey_id = ? and kind = ?",
                            Long.class,
                            surveyId,
                            kind);
                }

                @Override
                public long surveyQuestionId(long surveyId) {
                    return jdbc.queryForObject(
                            "select min(id) from survey_question where survey_id = ?", Long.class, surveyId);
                }

                @Override
                public long platformId(String programme) {
                    return jdbc.queryForObject(
                            "select lp.id from leadership_platform lp join programme p on p.id = lp.programme_id"
                                    + " where p.name = ? and lp.municipality_id is null",
                            Long.class,
                            programme);
                }

                @Override
                public long principleId(long platformId) {
                    return jdbc.queryForObject(
                            "select id from platform_principle where platform_id = ? order by position limit 1",
                            Long.class,
                            platformId);
                }
            };
        }
    }

    public static List<Route> routes(DemoIds ids) {
        long leaderPerson = ids.personId(DemoUsers.LEADER.email());
        long leaderAccount = ids.accountId(DemoUsers.LEADER.email());
        long provider = ids.providerId("Fjord Lederutvikling AS");
        Builder table = new Builder();

        table.add(HttpMethod.GET, "/", "/", everyone());
        table.add(HttpMethod.GET, "/login", "/login", everyone());
        table.add(HttpMethod.GET, "/accessibility", "/accessibility", everyone());
        table.add(HttpMethod.GET, "/privacy", "/privacy", everyone());
        // Opened directly, the error page has no error to show: a plain 404.
        table.add(HttpMethod.GET, "/error", "/error", user -> Access.NOT_FOUND);
        table.add(HttpMethod.GET, "/actuator/health", "/actuator/health", everyone());
        table.add(HttpMethod.GET, "/actuator/prometheus", "/actuator/prometheus", onlyAdmin());

        table.add(HttpMethod.GET, "/account/password", "/account/password", signedIn());
        table.add(HttpMethod.POST, "/account/password", "/account/password", signedIn());

        table.add(HttpMethod.GET, "/admin/people", "/admin/people", onlyAdmin());
        table.add(HttpMethod.POST, "/admin/people", "/admin/people", onlyAdmin());
        table.add(HttpMethod.GET, "/admin/people/new", "/admin/people/new", onlyAdmin());
        table.add(HttpMethod.GET, "/admin/people/{id}", "/admin/people/" + leaderPerson, onlyAdmin());
        table.add(HttpMethod.POST, "/admin/people/{id}", "/admin/people/" + leaderPerson, onlyAdmin());
        String personalData = "/admin/people/" + leaderPerson + "/personal-data";
        table.add(HttpMethod.GET, "/admin/people/{id}/personal-data", personalData, onlyAdmin());
        // without the typed name nothing is erased: the admin gets the form back with its message
        table.add(HttpMethod.POST, "/admin/people/{id}/personal-data/erase", personalData + "/erase", onlyAdmin());
        table.add(HttpMethod.GET, "/admin/retention", "/admin/retention", onlyAdmin());
        table.add(HttpMethod.POST, "/admin/retention", "/admin/retention", onlyAdmin());
        table.add(HttpMethod.POST, "/admin/retention/run", "/admin/retention/run", onlyAdmin());
        table.add(HttpMethod.GET, "/account/my-data", "/account/my-data", signedIn());
        table.add(HttpMethod.GET, "/account/my-data/export.json", "/account/my-data/export.json", signedIn());
        table.add(HttpMethod.GET, "/account/my-data/export.pdf", "/account/my-data/export.pdf", signedIn());

        table.add(HttpMethod.GET, "/admin/accounts", "/admin/accounts", onlyAdmin());
        table.add(HttpMethod.POST, "/admin/accounts", "/admin/accounts", onlyAdmin());
        table.add(HttpMethod.GET, "/admin/accounts/new", "/admin/accounts/new?person=" + leaderPerson, onlyAdmin());
        table.add(HttpMethod.GET, "/admin/accounts/{id}", "/admin/accounts/" + leaderAccount, onlyAdmin());
        table.add(
                HttpMethod.POST,
                "/admin/accounts/{id}/roles",
                "/admin/accounts/" + leaderAccount + "/roles",
                onlyAdmin());
        table.add(
                HttpMethod.POST,
                "/admin/accounts/{id}/disable",
                "/admin/accounts/" + leaderAccount + "/disable",
                onlyAdmin());
        table.add(
                HttpMethod.POST,
                "/admin/accounts/{id}/enable",
                "/admin/accounts/" + leaderAccount + "/enable",
                onlyAdmin());
        table.add(
                HttpMethod.POST,
                "/admin/accounts/{id}/unlock",
                "/admin/accounts/" + leaderAccount + "/unlock",
                onlyAdmin());
        table.add(
                HttpMethod.POST,
                "/admin/accounts/{id}/reset-password",
                "/admin/accounts/" + leaderAccount + "/reset-password",
                onlyAdmin());

        table.add(HttpMethod.GET, "/admin/organisations", "/admin/organisations", onlyAdmin());
        table.add(HttpMethod.POST, "/admin/organisations", "/admin/organisations", onlyAdmin());
        table.add(HttpMethod.GET, "/admin/organisations/new", "/admin/organisations/new", onlyAdmin());
        table.add(HttpMethod.GET, "/admin/organisations/{id}", "/admin/organisations/" + provider, onlyAdmin());
        table.add(HttpMethod.POST, "/admin/organisations/{id}", "/admin/organisations/" + provider, onlyAdmin());
        table.add(HttpMethod.GET, "/admin/municipalities", "/admin/municipalities", onlyAdmin());
        long signIn = ids.signInProviderId("Stange kommune");
        table.add(HttpMethod.GET, "/admin/sign-in", "/admin/sign-in", onlyAdmin());
        table.add(HttpMethod.POST, "/admin/sign-in", "/admin/sign-in", onlyAdmin());
        table.add(HttpMethod.GET, "/admin/sign-in/new", "/admin/sign-in/new", onlyAdmin());
        table.add(HttpMethod.GET, "/admin/sign-in/{id}", "/admin/sign-in/" + signIn, onlyAdmin());
        table.add(HttpMethod.POST, "/admin/sign-in/{id}", "/admin/sign-in/" + signIn, onlyAdmin());

        // Programmes: Drammen's school is coordinated by COORDINATOR and has Drammen (MUNICIPALITY_ADMIN)
        // enrolled; COORDINATOR_OTHER and MUNICIPALITY_ADMIN_OTHER must not learn that it exists.
        String programme = "/programmes/" + ids.programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        long template = ids.programmeId("Lederutvikling i en mindre kommune: fire samlinger");
        long participation = ids.participationId(DemoProgrammes.DRAMMEN_SCHOOL, DemoUsers.LEADER.email());
        String gathering = programme + "/gatherings/" + ids.gatheringId(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        table.add(HttpMethod.GET, "/programmes", "/programmes", programmeStaff());
        table.add(HttpMethod.POST, "/programmes", "/programmes", coordinatorsAndAdmin());
        table.add(HttpMethod.GET, "/programmes/new", "/programmes/new", coordinatorsAndAdmin());
        table.add(HttpMethod.GET, "/programmes/templates", "/programmes/templates", coordinatorsAndAdmin());
        table.add(HttpMethod.GET, "/programmes/conflicts", "/programmes/conflicts", coordinatorsAndAdmin());
        table.add(
                HttpMethod.GET,
                "/programmes/templates/{id}/use",
                "/programmes/templates/" + template + "/use",
                coordinatorsAndAdmin());
        table.add(
                HttpMethod.POST,
                "/programmes/templates/{id}/use",
                "/programmes/templates/" + template + "/use",
                coordinatorsAndAdmin());
        table.add(HttpMethod.GET, "/programmes/{id}", programme, programmeViewers());
        table.add(HttpMethod.GET, "/programmes/{id}/timeline", programme + "/timeline", programmeViewers());
        table.add(HttpMethod.GET, "/programmes/{id}/edit", programme + "/edit", programmeManagers());
        table.add(HttpMethod.POST, "/programmes/{id}/edit", programme + "/edit", programmeManagers());
        table.add(HttpMethod.POST, "/programmes/{id}/status", programme + "/status", programmeManagers());
        table.add(HttpMethod.POST, "/programmes/{id}/template", programme + "/template", programmeManagers());
        table.add(HttpMethod.GET, "/programmes/{id}/people", programme + "/people", programmeViewers());
        table.add(
                HttpMethod.POST, "/programmes/{id}/municipalities", programme + "/municipalities", programmeManagers());
        table.add(HttpMethod.POST, "/programmes/{id}/leader-groups", programme + "/leader-groups", programmeManagers());
        table.add(HttpMethod.POST, "/programmes/{id}/participants", programme + "/participants", programmeViewers());
        table.add(
                HttpMethod.POST,
                "/programmes/{id}/participants/{participationId}/leave",
                programme + "/participants/" + participation + "/leave",
                programmeViewers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/gatherings/new",
                programme + "/gatherings/new",
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/gatherings",
                programme + "/gatherings",
                programmeManagers());
        table.add(HttpMethod.GET, "/programmes/{programmeId}/gatherings/{id}", gathering, programmeManagers());
        table.add(HttpMethod.POST, "/programmes/{programmeId}/gatherings/{id}", gathering, programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/gatherings/{id}/delete",
                gathering + "/delete",
                programmeManagers());

        // price (quote): a municipality attaches it to its funding application, so its admin may read it
        table.add(HttpMethod.GET, "/programmes/{id}/price", programme + "/price", programmeViewers());
        table.add(HttpMethod.GET, "/programmes/{id}/price.pdf", programme + "/price.pdf", programmeViewers());
        table.add(HttpMethod.POST, "/programmes/{id}/rates", programme + "/rates", programmeManagers());

        // participant import, and the invitation link new accounts get (public: an unknown token is a 404)
        table.add(HttpMethod.GET, "/programmes/{id}/import", programme + "/import", programmeManagers());
        table.add(HttpMethod.POST, "/programmes/{id}/import", programme + "/import", programmeManagers());
        table.add(
                HttpMethod.POST, "/programmes/{id}/import/confirm", programme + "/import/confirm", programmeManagers());
        table.add(HttpMethod.GET, "/invitation/{token}", "/invitation/unknown-token", user -> Access.NOT_FOUND);
        table.add(HttpMethod.POST, "/invitation/{token}", "/invitation/unknown-token", user -> Access.NOT_FOUND);
        // password reset by e-mail: anyone may ask (the answer never tells whether the address has an account), and a
        // link is open to whoever has it
        table.add(HttpMethod.GET, "/password-reset", "/password-reset", everyone());
        table.add(HttpMethod.POST, "/password-reset", "/password-reset", everyone());
        table.add(HttpMethod.GET, "/password-reset/sent", "/password-reset/sent", everyone());
        table.add(HttpMethod.GET, "/password-reset/{token}", "/password-reset/unknown-token", user -> Access.NOT_FOUND);
        table.add(
                HttpMethod.POST, "/password-reset/{token}", "/password-reset/unknown-token", user -> Access.NOT_FOUND);

        // attendance: the programme's viewers see the sheet and the rates (a municipality admin only their own
        // people); its managers mark it
        String attendance = gathering + "/attendance";
        long participant = ids.personId(DemoUsers.LEADER.email());
        table.add(
                HttpMethod.GET, "/programmes/{programmeId}/gatherings/{id}/attendance", attendance, programmeViewers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/gatherings/{id}/attendance/{personId}",
                attendance + "/" + participant,
                programmeManagers());
        table.add(
                HttpMethod.GET, "/programmes/{programmeId}/attendance", programme + "/attendance", programmeViewers());

        // agenda of a gathering: everyone who sees the programme reads it; its managers change it
        String agenda = gathering + "/agenda";
        String agendaItem = agenda + "/" + ids.agendaItemId(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        table.add(HttpMethod.GET, "/programmes/{programmeId}/gatherings/{id}/agenda", agenda, programmeViewers());
        table.add(HttpMethod.POST, "/programmes/{programmeId}/gatherings/{id}/agenda", agenda, programmeManagers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/gatherings/{id}/agenda/{itemId}",
                agendaItem,
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/gatherings/{id}/agenda/{itemId}",
                agendaItem,
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/gatherings/{id}/agenda/{itemId}/move",
                agendaItem + "/move",
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/gatherings/{id}/agenda/{itemId}/delete",
                agendaItem + "/delete",
                programmeManagers());

        // calendar: one's own feed page for everyone signed in; the feed itself by its secret address, without a
        // login (the demo leader's feed has a known token); a gathering's .ics for those who take part in its
        // programme or see it
        table.add(HttpMethod.GET, "/calendar", "/calendar", signedIn());
        table.add(HttpMethod.POST, "/calendar/token", "/calendar/token", signedIn());
        table.add(HttpMethod.POST, "/calendar/token/delete", "/calendar/token/delete", signedIn());
        table.add(
                HttpMethod.GET,
                "/calendar/feed/{token}.ics",
                "/calendar/feed/" + no.samla.demo.DemoAccounts.LEADER_DRAMMEN_CALENDAR_TOKEN + ".ics",
                everyone());
        table.add(
                HttpMethod.GET,
                "/gatherings/{id}/calendar.ics",
                "/gatherings/" + ids.gatheringId(DemoProgrammes.DRAMMEN_SCHOOL, 1) + "/calendar.ics",
                programmeMembers());
        // coaching and development projects: a session is for its leader and coach only (a private note for the
        // coach only); coaches of any role publish slots; coordinators assign coaches; a project is its leader's,
        // read by those the leader shares it with (Kari shares hers with her coach, the Drammen coordinator)
        String coach = DemoUsers.COORDINATOR.email();
        long openSlot = ids.openCoachingSlotId(coach);
        String upcomingSession = "/coaching/sessions/" + ids.coachingSessionId(DemoUsers.LEADER.email(), true);
        String heldSession = "/coaching/sessions/" + ids.coachingSessionId(DemoUsers.LEADER.email(), false);
        String ownProject = "/development-project/" + ids.programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        table.add(HttpMethod.GET, "/coaching", "/coaching", signedIn());
        table.add(
                HttpMethod.POST,
                "/coaching/slots/{slotId}/book",
                "/coaching/slots/" + openSlot + "/book",
                only(DemoUsers.LEADER));
        table.add(
                HttpMethod.GET, "/coaching/sessions/{id}", heldSession, only(DemoUsers.LEADER, DemoUsers.COORDINATOR));
        table.add(
                HttpMethod.POST,
                "/coaching/sessions/{id}/cancel",
                upcomingSession + "/cancel",
                only(DemoUsers.LEADER, DemoUsers.COORDINATOR));
        table.add(
                HttpMethod.POST,
                "/coaching/sessions/{id}/rebook",
                upcomingSession + "/rebook?slotId=" + openSlot,
                only(DemoUsers.LEADER));
        table.add(
                HttpMethod.POST,
                "/coaching/sessions/{id}/shared-notes",
                heldSession + "/shared-notes",
                only(DemoUsers.LEADER, DemoUsers.COORDINATOR));
        table.add(
                HttpMethod.POST,
                "/coaching/sessions/{id}/private-notes",
                heldSession + "/private-notes",
                only(DemoUsers.COORDINATOR));
        table.add(HttpMethod.GET, "/coaching/coach", "/coaching/coach", coaches());
        table.add(HttpMethod.POST, "/coaching/coach/slots", "/coaching/coach/slots", coaches());
        table.add(
                HttpMethod.POST,
                "/coaching/coach/slots/{id}/withdraw",
                "/coaching/coach/slots/" + openSlot + "/withdraw",
                user -> user == DemoUsers.COORDINATOR_OTHER
                        ? Access.NOT_FOUND
                        : coaches().apply(user));
        table.add(HttpMethod.GET, "/programmes/{programmeId}/coaching", programme + "/coaching", programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/coaching/{personId}",
                programme + "/coaching/" + leaderPerson,
                programmeManagers());
        table.add(HttpMethod.GET, "/development-project", "/development-project", signedIn());
        table.add(HttpMethod.GET, "/development-project/{programmeId}", ownProject, only(DemoUsers.LEADER));
        table.add(HttpMethod.POST, "/development-project/{programmeId}", ownProject, only(DemoUsers.LEADER));
        table.add(
                HttpMethod.GET,
                "/development-project/{programmeId}/versions/{number}",
                ownProject + "/versions/1",
                only(DemoUsers.LEADER));
        table.add(
                HttpMethod.GET,
                "/development-project/shared/{projectId}",
                "/development-project/shared/"
                        + ids.developmentProjectId(DemoProgrammes.DRAMMEN_SCHOOL, DemoUsers.LEADER.email()),
                only(DemoUsers.LEADER, DemoUsers.COORDINATOR));
        // gathering page and material: those who take part in the programme in any role and its viewers read the
        // page and download files; its managers add and delete material
        long gatheringId = ids.gatheringId(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        String gatheringPage = "/gatherings/" + gatheringId;
        long file = ids.materialId(DemoProgrammes.DRAMMEN_SCHOOL, 1, true);
        String material = gathering + "/material";
        table.add(HttpMethod.GET, "/gatherings/{id}", gatheringPage, programmeMembers());
        table.add(
                HttpMethod.GET,
                "/gatherings/{id}/material/{materialId}",
                gatheringPage + "/material/" + file,
                programmeMembers());
        table.add(HttpMethod.GET, "/programmes/{programmeId}/gatherings/{id}/material", material, programmeManagers());
        table.add(HttpMethod.POST, "/programmes/{programmeId}/gatherings/{id}/material", material, programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/gatherings/{id}/material/files",
                material + "/files",
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/gatherings/{id}/material/{materialId}/delete",
                material + "/" + file + "/delete",
                programmeManagers());
        // network groups: the programme's viewers see the confirmed groups (a municipality admin only their own
        // people's groups); its managers compose, move, lock, re-run and confirm
        String networkGroups = programme + "/network-groups";
        table.add(HttpMethod.GET, "/programmes/{programmeId}/network-groups", networkGroups, programmeViewers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/network-groups/compose",
                networkGroups + "/compose",
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/network-groups/compose",
                networkGroups + "/compose",
                programmeManagers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/network-groups/proposal",
                networkGroups + "/proposal",
                programmeManagers());
        for (String action : List.of("move", "lock", "rerun", "confirm", "discard")) {
            table.add(
                    HttpMethod.POST,
                    "/programmes/{programmeId}/network-groups/proposal/" + action,
                    networkGroups + "/proposal/" + action,
                    programmeManagers());
        }
        // evaluations: the programme's viewers read the overview and the results (a municipality admin without names);
        // its managers set evaluations up and see who has not answered; the programme's participants answer outside
        // /programmes, everyone else does not find the evaluation
        String evaluations = programme + "/evaluations";
        String evaluation = evaluations + "/" + ids.evaluationId(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        String draft = evaluations + "/" + ids.evaluationId(DemoProgrammes.DRAMMEN_SCHOOL, null);
        long openEvaluation = ids.evaluationId(DemoProgrammes.DRAMMEN_SCHOOL, 3);
        table.add(HttpMethod.GET, "/programmes/{programmeId}/evaluations", evaluations, programmeViewers());
        table.add(HttpMethod.POST, "/programmes/{programmeId}/evaluations", evaluations, programmeManagers());
        table.add(HttpMethod.GET, "/programmes/{programmeId}/evaluations/{evaluationId}", draft, programmeManagers());
        table.add(HttpMethod.POST, "/programmes/{programmeId}/evaluations/{evaluationId}", draft, programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/evaluations/{evaluationId}/questions",
                draft + "/questions",
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/evaluations/{evaluationId}/questions/{questionId}/delete",
                draft + "/questions/" + ids.evaluationQuestionId(DemoProgrammes.DRAMMEN_SCHOOL) + "/delete",
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/evaluations/{evaluationId}/status",
                evaluation + "/status?to=OPEN",
                programmeManagers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/evaluations/{evaluationId}/results",
                evaluation + "/results",
                programmeViewers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/evaluations/{evaluationId}/results.csv",
                evaluation + "/results.csv",
                programmeViewers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/evaluations/{evaluationId}/results.xlsx",
                evaluation + "/results.xlsx",
                programmeViewers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/evaluations/{evaluationId}/missing",
                evaluation + "/missing",
                programmeManagers());
        table.add(HttpMethod.GET, "/evaluations/{evaluationId}", "/evaluations/" + openEvaluation, participants());
        table.add(HttpMethod.POST, "/evaluations/{evaluationId}", "/evaluations/" + openEvaluation, participants());
        // network meetings: the year plans for the programme's viewers, planning and editing for its managers;
        // a meeting with its shared notes only for its group's members (LEADER) and facilitator (COORDINATOR);
        // a municipality's busy periods for its own admin and the admin
        String groupsBase = programme + "/network-groups";
        long karisGroup = ids.networkGroupId(DemoProgrammes.DRAMMEN_SCHOOL, DemoUsers.LEADER.email());
        long firstMeeting = ids.networkMeetingId(DemoProgrammes.DRAMMEN_SCHOOL, DemoUsers.LEADER.email());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/network-groups/meetings",
                groupsBase + "/meetings",
                programmeViewers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/network-groups/{groupId}/meetings",
                groupsBase + "/" + karisGroup + "/meetings",
                programmeViewers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/network-groups/plan",
                groupsBase + "/plan",
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/network-groups/plan",
                groupsBase + "/plan",
                programmeManagers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/network-groups/meetings/{meetingId}",
                groupsBase + "/meetings/" + firstMeeting,
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/network-groups/meetings/{meetingId}",
                groupsBase + "/meetings/" + firstMeeting,
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/network-groups/meetings/{meetingId}/cancel",
                groupsBase + "/meetings/" + firstMeeting + "/cancel",
                programmeManagers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/network-groups/focus",
                groupsBase + "/focus",
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/network-groups/focus",
                groupsBase + "/focus",
                programmeManagers());
        table.add(HttpMethod.GET, "/network-group", "/network-group", signedIn());
        table.add(
                HttpMethod.GET,
                "/network-group/meetings/{meetingId}",
                "/network-group/meetings/" + firstMeeting,
                only(DemoUsers.LEADER, DemoUsers.COORDINATOR));
        table.add(
                HttpMethod.POST,
                "/network-group/meetings/{meetingId}/notes",
                "/network-group/meetings/" + firstMeeting + "/notes",
                only(DemoUsers.LEADER, DemoUsers.COORDINATOR));
        table.add(
                HttpMethod.POST,
                "/network-group/meetings/{meetingId}/attendance",
                "/network-group/meetings/" + firstMeeting + "/attendance",
                only(DemoUsers.LEADER, DemoUsers.COORDINATOR));
        long drammen = ids.municipalityIdOf(DemoUsers.LEADER.email());
        String busy = "/municipalities/" + drammen + "/busy-periods";
        table.add(HttpMethod.GET, "/municipalities/{municipalityId}/busy-periods", busy, municipalityKeepers());
        table.add(HttpMethod.POST, "/municipalities/{municipalityId}/busy-periods", busy, municipalityKeepers());
        table.add(
                HttpMethod.POST,
                "/municipalities/{municipalityId}/busy-periods/{periodId}/delete",
                busy + "/" + ids.busyPeriodId(drammen) + "/delete",
                municipalityKeepers());
        // Notifications: each person's reminder settings and the admin's outbox.
        table.add(HttpMethod.GET, "/account/notifications", "/account/notifications", signedIn());
        // Every kind stays on, so that the demo users keep their reminders.
        table.add(
                HttpMethod.POST,
                "/account/notifications",
                "/account/notifications?kind=GATHERING_WEEK&kind=GATHERING_TOMORROW&kind=EVALUATION_OPEN"
                        + "&kind=COACHING_TOMORROW&kind=NETWORK_MEETING_TOMORROW&kind=ASSIGNMENT_DUE"
                        + "&kind=LOG_ENTRY_COMMENT&kind=COORDINATOR_DIGEST&language=nb",
                signedIn());
        table.add(HttpMethod.GET, "/admin/notifications", "/admin/notifications?status=HELD", onlyAdmin());
        table.add(
                HttpMethod.GET,
                "/admin/audit",
                "/admin/audit?q=samla&action=SIGNED_IN&subject=ACCOUNT&from=2026-01-01&to=2030-12-31",
                onlyAdmin());
        // The demo data has no notifications: the admin gets past the access rule to a 404.
        table.add(
                HttpMethod.GET,
                "/admin/notifications/{id}",
                "/admin/notifications/0",
                user -> user == ADMIN ? Access.NOT_FOUND : onlyAdmin().apply(user));
        // Assignments: the programme's list, new, detail, edit and delete for its managers; a leader's own list for
        // everyone signed in, and marking done or open again only for the assignment's recipients (LEADER).
        String assignments = programme + "/assignments";
        long karisAssignment = ids.assignmentId(DemoProgrammes.DRAMMEN_SCHOOL, DemoUsers.LEADER.email());
        table.add(HttpMethod.GET, "/programmes/{programmeId}/assignments", assignments, programmeManagers());
        table.add(
                HttpMethod.GET, "/programmes/{programmeId}/assignments/new", assignments + "/new", programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/assignments/new",
                assignments + "/new",
                programmeManagers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/assignments/{id}",
                assignments + "/" + karisAssignment,
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/assignments/{id}",
                assignments + "/" + karisAssignment,
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/assignments/{id}/delete",
                assignments + "/" + karisAssignment + "/delete?confirm=true",
                programmeManagers());
        table.add(HttpMethod.GET, "/assignments", "/assignments", signedIn());
        table.add(
                HttpMethod.POST,
                "/assignments/{id}/done",
                "/assignments/" + karisAssignment + "/done",
                only(DemoUsers.LEADER));
        table.add(
                HttpMethod.POST,
                "/assignments/{id}/undo",
                "/assignments/" + karisAssignment + "/undo",
                only(DemoUsers.LEADER));
        // A leader's own programme page ("Mitt program"): only those who take part in it as a participant.
        table.add(
                HttpMethod.GET,
                "/my-programme/{programmeId}",
                "/my-programme/" + ids.programmeId(DemoProgrammes.DRAMMEN_SCHOOL),
                only(DemoUsers.LEADER));
        // Export of a leader's own log entries and development project: the page for anyone signed in, the
        // documents for the programme's participants only
        String export = "/journal-export/" + ids.programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        table.add(HttpMethod.GET, "/journal-export", "/journal-export", signedIn());
        table.add(HttpMethod.GET, "/journal-export/{programmeId}.pdf", export + ".pdf", participants());
        table.add(HttpMethod.GET, "/journal-export/{programmeId}.docx", export + ".docx", participants());
        // Log entries: a leader's own entries and drafts for the leader alone; an entry shared with the coach also for
        // the coach (the demo coordinator); everyone else is told the entry does not exist.
        long school = ids.programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        long privateEntry = ids.logEntryId(DemoProgrammes.DRAMMEN_SCHOOL, DemoUsers.LEADER.email(), false);
        long sharedEntry = ids.logEntryId(DemoProgrammes.DRAMMEN_SCHOOL, DemoUsers.LEADER.email(), true);
        table.add(HttpMethod.GET, "/journal", "/journal", signedIn());
        table.add(HttpMethod.GET, "/journal/new", "/journal/new?programme=" + school, only(DemoUsers.LEADER));
        table.add(HttpMethod.POST, "/journal/new", "/journal/new?programmeId=" + school, only(DemoUsers.LEADER));
        table.add(HttpMethod.GET, "/journal/{id}", "/journal/" + privateEntry, only(DemoUsers.LEADER));
        table.add(HttpMethod.GET, "/journal/{id}/edit", "/journal/" + privateEntry + "/edit", only(DemoUsers.LEADER));
        table.add(HttpMethod.POST, "/journal/{id}/edit", "/journal/" + privateEntry + "/edit", only(DemoUsers.LEADER));
        table.add(
                HttpMethod.GET,
                "/journal/{id}/versions/{number}",
                "/journal/" + privateEntry + "/versions/1",
                only(DemoUsers.LEADER));
        table.add(HttpMethod.GET, "/journal/shared", "/journal/shared", signedIn());
        table.add(
                HttpMethod.GET,
                "/journal/shared/{id}",
                "/journal/shared/" + sharedEntry,
                only(DemoUsers.LEADER, DemoUsers.COORDINATOR));
        table.add(
                HttpMethod.POST,
                "/journal/{id}/comments",
                "/journal/" + sharedEntry + "/comments",
                only(DemoUsers.LEADER, DemoUsers.COORDINATOR));
        table.add(
                HttpMethod.GET,
                "/journal/{id}/attachments/{attachmentId}",
                "/journal/" + sharedEntry + "/attachments/" + ids.logEntryAttachmentId(sharedEntry),
                only(DemoUsers.LEADER, DemoUsers.COORDINATOR));
        table.add(HttpMethod.POST, "/journal/drafts", "/journal/drafts?programmeId=" + school, only(DemoUsers.LEADER));
        // Home visits: the list for the programme's viewers (a municipality admin sees their own, read-only);
        // scheduling,
        // editing, notes and deleting for its managers; a visit's page for those who come (Kari and her coordinator),
        // the programme's managers and the visited municipality's admin, and not found for everyone else.
        String homeVisits = "/programmes/" + school + "/home-visits";
        long drammensVisit = ids.homeVisitId(DemoProgrammes.DRAMMEN_SCHOOL, DemoUsers.LEADER.email());
        table.add(HttpMethod.GET, "/programmes/{programmeId}/home-visits", homeVisits, programmeViewers());
        table.add(
                HttpMethod.GET, "/programmes/{programmeId}/home-visits/new", homeVisits + "/new", programmeManagers());
        table.add(
                HttpMethod.POST, "/programmes/{programmeId}/home-visits/new", homeVisits + "/new", programmeManagers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/home-visits/{id}/edit",
                homeVisits + "/" + drammensVisit + "/edit",
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/home-visits/{id}/edit",
                homeVisits + "/" + drammensVisit + "/edit",
                programmeManagers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/home-visits/{id}/notes",
                homeVisits + "/" + drammensVisit + "/notes",
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/home-visits/{id}/notes",
                homeVisits + "/" + drammensVisit + "/notes",
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/home-visits/{id}/delete",
                homeVisits + "/" + drammensVisit + "/delete?confirm=true",
                programmeManagers());
        table.add(
                HttpMethod.GET,
                "/home-visits/{id}",
                "/home-visits/" + drammensVisit,
                only(DemoUsers.LEADER, DemoUsers.COORDINATOR, DemoUsers.MUNICIPALITY_ADMIN, DemoUsers.ADMIN));
        // Innovation cases: the board and cases of Drammen's school for those taking part in it (LEADER), its
        // coordinator and the admin, and Drammen's admin (the case is Drammen's); the coordinator and the admin create
        // and delete, the case's team (LEADER is on it) edits it, ticks steps, changes phase and links cases.
        String innovationBoard = "/innovation/" + ids.programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        String innovationCase = "/innovation-cases/"
                + ids.innovationCaseId(DemoProgrammes.DRAMMEN_SCHOOL, "Kortere ventetid på barnehageplass");
        long otherInnovationCase =
                ids.innovationCaseId(DemoProgrammes.DRAMMEN_SCHOOL, "Lavterskel trening for seniorer");
        Function<DemoUsers, Access> caseManagers = user -> switch (user) {
            case LEADER, MUNICIPALITY_ADMIN -> Access.FORBIDDEN;
            default -> programmeMembers().apply(user);
        };
        Function<DemoUsers, Access> caseTeam = user -> user == DemoUsers.MUNICIPALITY_ADMIN
                ? Access.FORBIDDEN
                : programmeMembers().apply(user);
        table.add(HttpMethod.GET, "/innovation", "/innovation", signedIn());
        table.add(HttpMethod.GET, "/innovation/{programmeId}", innovationBoard, programmeMembers());
        table.add(HttpMethod.GET, "/innovation/{programmeId}/new", innovationBoard + "/new", caseManagers);
        table.add(HttpMethod.POST, "/innovation/{programmeId}/new", innovationBoard + "/new", caseManagers);
        table.add(HttpMethod.GET, "/innovation-cases/{id}", innovationCase, programmeMembers());
        table.add(HttpMethod.GET, "/innovation-cases/{id}/edit", innovationCase + "/edit", caseTeam);
        table.add(HttpMethod.POST, "/innovation-cases/{id}/edit", innovationCase + "/edit", caseTeam);
        table.add(HttpMethod.POST, "/innovation-cases/{id}/delete", innovationCase + "/delete", caseManagers);
        String innovationStep = innovationCase + "/steps/" + ids.firstInnovationStepId();
        table.add(HttpMethod.GET, "/innovation-cases/{id}/steps/{stepId}", innovationStep, caseTeam);
        table.add(HttpMethod.POST, "/innovation-cases/{id}/steps/{stepId}", innovationStep, caseTeam);
        table.add(HttpMethod.GET, "/innovation-cases/{id}/phase", innovationCase + "/phase", caseTeam);
        table.add(HttpMethod.POST, "/innovation-cases/{id}/phase", innovationCase + "/phase", caseTeam);
        table.add(HttpMethod.POST, "/innovation-cases/{id}/links", innovationCase + "/links", caseTeam);
        table.add(
                HttpMethod.POST,
                "/innovation-cases/{id}/links/{linkedId}/delete",
                innovationCase + "/links/" + otherInnovationCase + "/delete",
                caseTeam);
        // Benefits realisation: read by whoever sees the case (and the programme's overview by whoever sees its board);
        // added, changed and measured by the case's team (LEADER is on it, and recorded the measurement), its
        // coordinator and the admin; Drammen's admin only reads.
        long karisCase = ids.innovationCaseId(DemoProgrammes.DRAMMEN_SCHOOL, "Kortere ventetid på barnehageplass");
        long karisBenefit = ids.benefitId(
                DemoProgrammes.DRAMMEN_SCHOOL, "Kortere ventetid på barnehageplass", "Kortere svartid på søknader");
        String benefits = "/innovation-cases/" + karisCase + "/benefits";
        String benefit = benefits + "/" + karisBenefit;
        String measurement = benefit + "/measurements/" + ids.latestMeasurementId(karisBenefit);
        Function<DemoUsers, Access> benefitEditors = user -> user == DemoUsers.MUNICIPALITY_ADMIN
                ? Access.FORBIDDEN
                : programmeMembers().apply(user);
        table.add(
                HttpMethod.GET,
                "/innovation/{programmeId}/benefits",
                "/innovation/" + ids.programmeId(DemoProgrammes.DRAMMEN_SCHOOL) + "/benefits",
                programmeMembers());
        table.add(HttpMethod.GET, "/innovation-cases/{caseId}/benefits/new", benefits + "/new", benefitEditors);
        table.add(HttpMethod.POST, "/innovation-cases/{caseId}/benefits/new", benefits + "/new", benefitEditors);
        table.add(HttpMethod.GET, "/innovation-cases/{caseId}/benefits/{benefitId}", benefit, programmeMembers());
        table.add(
                HttpMethod.GET,
                "/innovation-cases/{caseId}/benefits/{benefitId}/edit",
                benefit + "/edit",
                benefitEditors);
        table.add(
                HttpMethod.POST,
                "/innovation-cases/{caseId}/benefits/{benefitId}/edit",
                benefit + "/edit",
                benefitEditors);
        table.add(
                HttpMethod.POST,
                "/innovation-cases/{caseId}/benefits/{benefitId}/delete",
                benefit + "/delete?confirm=true",
                benefitEditors);
        table.add(
                HttpMethod.GET,
                "/innovation-cases/{caseId}/benefits/{benefitId}/measurements/new",
                benefit + "/measurements/new",
                benefitEditors);
        table.add(
                HttpMethod.POST,
                "/innovation-cases/{caseId}/benefits/{benefitId}/measurements/new",
                benefit + "/measurements/new",
                benefitEditors);
        table.add(
                HttpMethod.GET,
                "/innovation-cases/{caseId}/benefits/{benefitId}/measurements/{measurementId}/edit",
                measurement + "/edit",
                benefitEditors);
        table.add(
                HttpMethod.POST,
                "/innovation-cases/{caseId}/benefits/{benefitId}/measurements/{measurementId}/edit",
                measurement + "/edit",
                benefitEditors);
        table.add(
                HttpMethod.POST,
                "/innovation-cases/{caseId}/benefits/{benefitId}/measurements/{measurementId}/delete",
                measurement + "/delete",
                benefitEditors);
        // Spread of innovation cases: the library for everyone signed in; Drammen's case (Drammen does not share) only
        // for those who see it in its programme and Drammen's admin; Stange's shared case followed and adopted by
        // leaders and admins of another municipality (Drammen's), refused to Stange's own and to those without a
        // municipality; Drammen's sharing choice kept by its admin and the admin.
        String libraryCase = "/innovation-library/"
                + ids.innovationCaseId(DemoProgrammes.DRAMMEN_SCHOOL, "Kortere ventetid på barnehageplass");
        String sharedCase = "/innovation-library/"
                + ids.innovationCaseId(DemoProgrammes.INNLANDET_INNOVATION, "Hverdagsrehabilitering hjemme");
        Function<DemoUsers, Access> otherMunicipalities = user -> switch (user) {
            case ANONYMOUS -> Access.LOGIN;
            case LEADER, MUNICIPALITY_ADMIN -> Access.ALLOWED;
            default -> Access.FORBIDDEN;
        };
        table.add(HttpMethod.GET, "/innovation-library", "/innovation-library", signedIn());
        table.add(HttpMethod.GET, "/innovation-library/{caseId}", libraryCase, programmeMembers());
        table.add(HttpMethod.POST, "/innovation-library/{caseId}/follow", sharedCase + "/follow", otherMunicipalities);
        table.add(
                HttpMethod.POST,
                "/innovation-library/{caseId}/unfollow",
                sharedCase + "/unfollow",
                otherMunicipalities);
        table.add(HttpMethod.POST, "/innovation-library/{caseId}/adopt", sharedCase + "/adopt", otherMunicipalities);
        String caseSharing = "/municipalities/" + ids.municipalityIdOf(DemoUsers.LEADER.email()) + "/case-sharing";
        table.add(HttpMethod.GET, "/municipalities/{municipalityId}/case-sharing", caseSharing, municipalityKeepers());
        table.add(HttpMethod.POST, "/municipalities/{municipalityId}/case-sharing", caseSharing, municipalityKeepers());
        // Pitch: the demo's published pitch in Ledergaloppen Innlandet. Its coordinator (COORDINATOR_OTHER) and the
        // admin
        // manage it; its panel (COORDINATOR, MUNICIPALITY_ADMIN and MUNICIPALITY_ADMIN_OTHER, who is from Stange and
        // may score only Ringsaker's cases) scores; the programme's participant (LEADER_OTHER_MUNICIPALITY) and the
        // enrolled admin follow it; LEADER is neither and finds nothing.
        long innlandet = ids.programmeId(DemoProgrammes.INNLANDET_INNOVATION);
        long demoPitch = ids.pitchId(DemoProgrammes.INNLANDET_INNOVATION, "Pitch på siste samling");
        String pitch = "/pitches/" + demoPitch;
        String pitchCase = pitch + "/cases/"
                + ids.innovationCaseId(DemoProgrammes.INNLANDET_INNOVATION, "Felles vikarpool i oppvekst");
        String pitchCriterion = pitch + "/criteria/" + ids.firstPitchCriterionId(demoPitch);
        Function<DemoUsers, Access> pitchViewers = user -> switch (user) {
            case ANONYMOUS -> Access.LOGIN;
            case LEADER_OTHER_MUNICIPALITY, MUNICIPALITY_ADMIN_OTHER, COORDINATOR_OTHER, ADMIN -> Access.ALLOWED;
            default -> Access.NOT_FOUND;
        };
        Function<DemoUsers, Access> pitchCreators = user -> switch (user) {
            case LEADER_OTHER_MUNICIPALITY, MUNICIPALITY_ADMIN_OTHER -> Access.FORBIDDEN;
            default -> pitchViewers.apply(user);
        };
        Function<DemoUsers, Access> pitchManagers = user -> switch (user) {
            case ANONYMOUS -> Access.LOGIN;
            case LEADER -> Access.NOT_FOUND;
            case COORDINATOR_OTHER, ADMIN -> Access.ALLOWED;
            default -> Access.FORBIDDEN;
        };
        Function<DemoUsers, Access> pitchPanel = user -> switch (user) {
            case ANONYMOUS -> Access.LOGIN;
            case LEADER -> Access.NOT_FOUND;
            case COORDINATOR, MUNICIPALITY_ADMIN, MUNICIPALITY_ADMIN_OTHER -> Access.ALLOWED;
            default -> Access.FORBIDDEN;
        };
        Function<DemoUsers, Access> pitchFollowers =
                user -> user == DemoUsers.LEADER ? Access.NOT_FOUND : signedIn().apply(user);
        table.add(HttpMethod.GET, "/pitches", "/pitches", signedIn());
        table.add(
                HttpMethod.GET,
                "/innovation/{programmeId}/pitches",
                "/innovation/" + innlandet + "/pitches",
                pitchViewers);
        table.add(
                HttpMethod.POST,
                "/innovation/{programmeId}/pitches",
                "/innovation/" + innlandet + "/pitches",
                pitchCreators);
        table.add(HttpMethod.GET, "/pitches/{id}", pitch, pitchFollowers);
        table.add(HttpMethod.POST, "/pitches/{id}/edit", pitch + "/edit", pitchManagers);
        table.add(HttpMethod.POST, "/pitches/{id}/delete", pitch + "/delete?confirm=true", pitchManagers);
        table.add(HttpMethod.POST, "/pitches/{id}/cases", pitch + "/cases", pitchManagers);
        table.add(HttpMethod.POST, "/pitches/{id}/cases/{caseId}/move", pitchCase + "/move", pitchManagers);
        table.add(HttpMethod.POST, "/pitches/{id}/cases/{caseId}/minutes", pitchCase + "/minutes", pitchManagers);
        table.add(HttpMethod.POST, "/pitches/{id}/cases/{caseId}/delete", pitchCase + "/delete", pitchManagers);
        table.add(HttpMethod.POST, "/pitches/{id}/criteria", pitch + "/criteria", pitchManagers);
        table.add(
                HttpMethod.POST, "/pitches/{id}/criteria/{criterionId}", pitchCriterion + "?name=Nytte", pitchManagers);
        table.add(
                HttpMethod.POST, "/pitches/{id}/criteria/{criterionId}/move", pitchCriterion + "/move", pitchManagers);
        table.add(
                HttpMethod.POST,
                "/pitches/{id}/criteria/{criterionId}/delete",
                pitchCriterion + "/delete",
                pitchManagers);
        table.add(HttpMethod.POST, "/pitches/{id}/panel", pitch + "/panel", pitchManagers);
        table.add(
                HttpMethod.POST,
                "/pitches/{id}/panel/{personId}/delete",
                pitch + "/panel/" + ids.personId(DemoUsers.COORDINATOR.email()) + "/delete",
                pitchManagers);
        table.add(HttpMethod.POST, "/pitches/{id}/publish", pitch + "/publish?published=false", pitchManagers);
        table.add(HttpMethod.GET, "/pitches/{id}/results", pitch + "/results", pitchManagers);
        table.add(HttpMethod.GET, "/pitches/{id}/cases/{caseId}/score", pitchCase + "/score", pitchPanel);
        table.add(HttpMethod.POST, "/pitches/{id}/cases/{caseId}/score", pitchCase + "/score", pitchPanel);
        // Method tools of Kari's case (user journeys, five whys, ideas, the print page): read by all who see the case,
        // changed by its team and the programme's coordinators (Drammen's admin only reads); dots come from the team
        // alone, so the coordinator and the admin, who may change the case, are refused a vote.
        long toolsCase = ids.innovationCaseId(DemoProgrammes.DRAMMEN_SCHOOL, "Kortere ventetid på barnehageplass");
        long journey = ids.journeyId(toolsCase);
        String journeys = innovationCase + "/journeys";
        String journeyUrl = journeys + "/" + journey;
        String journeyStep = journeyUrl + "/steps/" + ids.journeyStepId(journey);
        String whys = innovationCase + "/whys";
        String why = whys + "/" + ids.whyAnalysisId(toolsCase);
        String ideas = innovationCase + "/ideas";
        String idea = ideas + "/" + ids.ideaId(toolsCase);
        Function<DemoUsers, Access> caseVoters = user -> switch (user) {
            case COORDINATOR, ADMIN, MUNICIPALITY_ADMIN -> Access.FORBIDDEN;
            default -> programmeMembers().apply(user);
        };
        table.add(HttpMethod.GET, "/innovation-cases/{id}/journeys", journeys, programmeMembers());
        table.add(HttpMethod.GET, "/innovation-cases/{id}/journeys/new", journeys + "/new", caseTeam);
        table.add(HttpMethod.POST, "/innovation-cases/{id}/journeys/new", journeys + "/new", caseTeam);
        table.add(HttpMethod.GET, "/innovation-cases/{id}/journeys/{journeyId}", journeyUrl, programmeMembers());
        table.add(HttpMethod.GET, "/innovation-cases/{id}/journeys/{journeyId}/edit", journeyUrl + "/edit", caseTeam);
        table.add(HttpMethod.POST, "/innovation-cases/{id}/journeys/{journeyId}/edit", journeyUrl + "/edit", caseTeam);
        table.add(
                HttpMethod.POST,
                "/innovation-cases/{id}/journeys/{journeyId}/delete",
                journeyUrl + "/delete",
                caseTeam);
        table.add(
                HttpMethod.POST, "/innovation-cases/{id}/journeys/{journeyId}/steps", journeyUrl + "/steps", caseTeam);
        table.add(
                HttpMethod.GET,
                "/innovation-cases/{id}/journeys/{journeyId}/steps/{stepId}/edit",
                journeyStep + "/edit",
                caseTeam);
        table.add(
                HttpMethod.POST,
                "/innovation-cases/{id}/journeys/{journeyId}/steps/{stepId}/edit",
                journeyStep + "/edit",
                caseTeam);
        table.add(
                HttpMethod.POST,
                "/innovation-cases/{id}/journeys/{journeyId}/steps/{stepId}/move",
                journeyStep + "/move",
                caseTeam);
        table.add(
                HttpMethod.POST,
                "/innovation-cases/{id}/journeys/{journeyId}/steps/{stepId}/delete",
                journeyStep + "/delete",
                caseTeam);
        table.add(HttpMethod.GET, "/innovation-cases/{id}/whys", whys, programmeMembers());
        table.add(HttpMethod.GET, "/innovation-cases/{id}/whys/new", whys + "/new", caseTeam);
        table.add(HttpMethod.POST, "/innovation-cases/{id}/whys/new", whys + "/new", caseTeam);
        table.add(HttpMethod.GET, "/innovation-cases/{id}/whys/{analysisId}/edit", why + "/edit", caseTeam);
        table.add(HttpMethod.POST, "/innovation-cases/{id}/whys/{analysisId}/edit", why + "/edit", caseTeam);
        table.add(HttpMethod.POST, "/innovation-cases/{id}/whys/{analysisId}/delete", why + "/delete", caseTeam);
        table.add(HttpMethod.GET, "/innovation-cases/{id}/ideas", ideas, programmeMembers());
        table.add(HttpMethod.POST, "/innovation-cases/{id}/ideas", ideas, caseTeam);
        table.add(HttpMethod.POST, "/innovation-cases/{id}/ideas/{ideaId}/dots", idea + "/dots", caseVoters);
        table.add(
                HttpMethod.POST,
                "/innovation-cases/{id}/ideas/{ideaId}/dots/delete",
                idea + "/dots/delete",
                caseVoters);
        table.add(HttpMethod.POST, "/innovation-cases/{id}/ideas/{ideaId}/shortlist", idea + "/shortlist", caseTeam);
        table.add(HttpMethod.POST, "/innovation-cases/{id}/ideas/{ideaId}/delete", idea + "/delete", caseTeam);
        table.add(
                HttpMethod.GET,
                "/innovation-cases/{id}/method-tools/print",
                innovationCase + "/method-tools/print",
                programmeMembers());
        // programme evaluation report: the whole programme for its coordinators and the admin, Drammen's part also for
        // Drammen's admin; everyone else (leaders too) gets "not found"
        String report = "/programmes/" + ids.programmeId(DemoProgrammes.DRAMMEN_SCHOOL) + "/report";
        String drammenReport = report + "/municipalities/" + ids.municipalityIdOf(DemoUsers.LEADER.email());
        table.add(HttpMethod.GET, "/programmes/{id}/report", report, only(DemoUsers.COORDINATOR, ADMIN));
        table.add(HttpMethod.GET, "/programmes/{id}/report.pdf", report + ".pdf", only(DemoUsers.COORDINATOR, ADMIN));
        table.add(
                HttpMethod.GET,
                "/programmes/{id}/report/municipalities/{municipalityId}",
                drammenReport,
                only(DemoUsers.COORDINATOR, DemoUsers.MUNICIPALITY_ADMIN, ADMIN));
        table.add(
                HttpMethod.GET,
                "/programmes/{id}/report/municipalities/{municipalityId}.pdf",
                drammenReport + ".pdf",
                only(DemoUsers.COORDINATOR, DemoUsers.MUNICIPALITY_ADMIN, ADMIN));
        // surveys: the programme's viewers read the list and the results (a municipality admin only their own
        // municipality); its managers build surveys and rounds; its participants answer open rounds and read their own
        // answers outside /programmes, everyone else does not find them
        long selfAssessment = ids.surveyId(DemoProgrammes.DRAMMEN_SCHOOL, "SELF_ASSESSMENT");
        long expectations = ids.surveyId(DemoProgrammes.DRAMMEN_SCHOOL, "EXPECTATIONS");
        String surveys = programme + "/surveys";
        String survey = surveys + "/" + selfAssessment;
        String surveyQuestion = survey + "/questions/" + ids.surveyQuestionId(selfAssessment);
        String openRound = "/surveys/rounds/" + ids.surveyRoundId(expectations, "BEFORE");
        table.add(HttpMethod.GET, "/programmes/{programmeId}/surveys", surveys, programmeViewers());
        table.add(HttpMethod.POST, "/programmes/{programmeId}/surveys", surveys, programmeManagers());
        table.add(HttpMethod.GET, "/programmes/{programmeId}/surveys/{surveyId}", survey, programmeManagers());
        table.add(HttpMethod.POST, "/programmes/{programmeId}/surveys/{surveyId}", survey, programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/surveys/{surveyId}/factors",
                survey + "/factors",
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/surveys/{surveyId}/questions",
                survey + "/questions",
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/surveys/{surveyId}/questions/{questionId}/move",
                surveyQuestion + "/move?direction=down",
                programmeManagers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/surveys/{surveyId}/questions/{questionId}",
                surveyQuestion,
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/surveys/{surveyId}/questions/{questionId}",
                surveyQuestion,
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/surveys/{surveyId}/questions/{questionId}/delete",
                surveyQuestion + "/delete",
                programmeManagers());
        table.add(
                HttpMethod.POST,
                "/programmes/{programmeId}/surveys/{surveyId}/rounds",
                survey + "/rounds",
                programmeManagers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/surveys/{surveyId}/results",
                survey + "/results",
                programmeViewers());
        table.add(
                HttpMethod.GET,
                "/programmes/{programmeId}/surveys/{surveyId}/results.csv",
                survey + "/results.csv",
                programmeViewers());
        table.add(HttpMethod.GET, "/surveys", "/surveys", signedIn());
        table.add(HttpMethod.GET, "/surveys/rounds/{roundId}", openRound, participants());
        table.add(HttpMethod.POST, "/surveys/rounds/{roundId}", openRound, participants());
        table.add(HttpMethod.GET, "/surveys/{surveyId}/mine", "/surveys/" + selfAssessment + "/mine", participants());
        // The common leadership platform of Drammen's school: read by its leaders, its coordinator, the admin and
        // Drammen's admin; edited by the coordinator and the admin; commented on by its leaders (the window is open in
        // the demo). A municipality's written language is kept by its own admin and the admin.
        long platformId = ids.platformId(DemoProgrammes.DRAMMEN_SCHOOL);
        String platform = "/platforms/" + platformId;
        String principle = platform + "/principles/" + ids.principleId(platformId);
        long schoolId = ids.programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        Function<DemoUsers, Access> platformEditors = user -> switch (user) {
            case ANONYMOUS -> Access.LOGIN;
            case COORDINATOR, ADMIN -> Access.ALLOWED;
            case LEADER, MUNICIPALITY_ADMIN -> Access.FORBIDDEN;
            default -> Access.NOT_FOUND;
        };
        Function<DemoUsers, Access> platformCommenters = user -> switch (user) {
            case ANONYMOUS -> Access.LOGIN;
            case LEADER -> Access.ALLOWED;
            case COORDINATOR, ADMIN, MUNICIPALITY_ADMIN -> Access.FORBIDDEN;
            default -> Access.NOT_FOUND;
        };
        table.add(
                HttpMethod.GET,
                "/programmes/{id}/platform",
                "/programmes/" + schoolId + "/platform",
                programmeViewers());
        table.add(
                HttpMethod.POST,
                "/programmes/{id}/platform",
                "/programmes/" + schoolId + "/platform",
                programmeManagers());
        table.add(HttpMethod.GET, "/platforms/{id}", platform, programmeMembers());
        table.add(HttpMethod.POST, "/platforms/{id}/principles", platform + "/principles", platformEditors);
        table.add(HttpMethod.GET, "/platforms/{id}/principles/{principleId}", principle, programmeMembers());
        table.add(
                HttpMethod.GET, "/platforms/{id}/principles/{principleId}/edit", principle + "/edit", platformEditors);
        table.add(
                HttpMethod.POST, "/platforms/{id}/principles/{principleId}/edit", principle + "/edit", platformEditors);
        table.add(
                HttpMethod.POST, "/platforms/{id}/principles/{principleId}/move", principle + "/move", platformEditors);
        table.add(
                HttpMethod.POST,
                "/platforms/{id}/principles/{principleId}/delete",
                principle + "/delete",
                platformEditors);
        table.add(
                HttpMethod.POST,
                "/platforms/{id}/principles/{principleId}/merge",
                principle + "/merge",
                platformEditors);
        table.add(
                HttpMethod.POST,
                "/platforms/{id}/principles/{principleId}/comments",
                principle + "/comments",
                platformCommenters);
        table.add(
                HttpMethod.POST,
                "/platforms/{id}/principles/{principleId}/reaction",
                principle + "/reaction?reaction=AGREE",
                platformCommenters);
        table.add(HttpMethod.POST, "/platforms/{id}/window", platform + "/window", platformEditors);
        table.add(HttpMethod.POST, "/platforms/{id}/versions", platform + "/versions", platformEditors);
        table.add(HttpMethod.GET, "/platforms/{id}/versions/{number}", platform + "/versions/1", programmeMembers());
        table.add(
                HttpMethod.POST,
                "/platforms/{id}/versions/{number}/adopt",
                platform + "/versions/1/adopt",
                platformEditors);
        table.add(HttpMethod.GET, "/platforms/{id}/diff", platform + "/diff", programmeMembers());
        table.add(HttpMethod.GET, "/platforms/{id}/print", platform + "/print", programmeMembers());
        table.add(HttpMethod.GET, "/platforms/{id}/pdf", platform + "/pdf", programmeMembers());
        table.add(
                HttpMethod.GET,
                "/municipalities/{municipalityId}/written-language",
                "/municipalities/" + drammen + "/written-language",
                municipalityKeepers());
        table.add(
                HttpMethod.POST,
                "/municipalities/{municipalityId}/written-language",
                "/municipalities/" + drammen + "/written-language?language=nb",
                municipalityKeepers());
        table.add(
                HttpMethod.POST,
                "/admin/municipalities/{municipalityId}/written-language",
                "/admin/municipalities/" + drammen + "/written-language?language=nb",
                onlyAdmin());
        // dashboards: a municipality's for its admin, the admin and its programmes' coordinators; the coordinator's
        // overview for coordinators, the admin's for the admin; the lists behind figures follow the programme
        String drammenDashboard = "/dashboards/municipalities/" + drammen;
        String schoolLeaders = "/dashboards/programmes/" + ids.programmeId(DemoProgrammes.DRAMMEN_SCHOOL) + "/leaders";
        Function<DemoUsers, Access> coordinators = user -> switch (user) {
            case ANONYMOUS -> Access.LOGIN;
            case COORDINATOR, COORDINATOR_OTHER -> Access.ALLOWED;
            default -> Access.FORBIDDEN;
        };
        table.add(
                HttpMethod.GET,
                "/dashboards",
                "/dashboards",
                user -> user == DemoUsers.LEADER || user == DemoUsers.LEADER_OTHER_MUNICIPALITY
                        ? Access.NOT_FOUND
                        : signedIn().apply(user));
        table.add(
                HttpMethod.GET,
                "/dashboards/municipalities/{municipalityId}",
                drammenDashboard,
                only(DemoUsers.COORDINATOR, DemoUsers.MUNICIPALITY_ADMIN, ADMIN));
        table.add(
                HttpMethod.GET,
                "/dashboards/municipalities/{municipalityId}/export.{format}",
                drammenDashboard + "/export.xlsx?table=programmes",
                only(DemoUsers.COORDINATOR, DemoUsers.MUNICIPALITY_ADMIN, ADMIN));
        table.add(HttpMethod.GET, "/dashboards/coordinator", "/dashboards/coordinator", coordinators);
        table.add(
                HttpMethod.GET,
                "/dashboards/coordinator/export.{format}",
                "/dashboards/coordinator/export.csv?table=upcoming",
                coordinators);
        table.add(HttpMethod.GET, "/dashboards/admin", "/dashboards/admin", onlyAdmin());
        table.add(
                HttpMethod.GET,
                "/dashboards/admin/export.{format}",
                "/dashboards/admin/export.csv?table=counts",
                onlyAdmin());
        table.add(
                HttpMethod.GET,
                "/dashboards/programmes/{programmeId}/leaders",
                schoolLeaders,
                only(DemoUsers.COORDINATOR, DemoUsers.MUNICIPALITY_ADMIN, ADMIN));
        table.add(
                HttpMethod.GET,
                "/dashboards/programmes/{programmeId}/leaders/export.{format}",
                schoolLeaders + "/export.xlsx?show=AT_RISK",
                only(DemoUsers.COORDINATOR, DemoUsers.MUNICIPALITY_ADMIN, ADMIN));
        table.add(
                HttpMethod.POST,
                "/dashboards/programmes/{programmeId}/leaders/{personId}/reminder",
                schoolLeaders + "/" + ids.personId(DemoUsers.LEADER.email()) + "/reminder",
                only(DemoUsers.COORDINATOR, ADMIN));
        return table.routes;
    }

    /** Pages for a programme's participants (leaders of Drammen's school); others do not find them. */
    static Function<DemoUsers, Access> participants() {
        return user -> switch (user) {
            case ANONYMOUS -> Access.LOGIN;
            case LEADER -> Access.ALLOWED;
            default -> Access.NOT_FOUND;
        };
    }

    static Function<DemoUsers, Access> everyone() {
        return user -> Access.ALLOWED;
    }

    static Function<DemoUsers, Access> signedIn() {
        return user -> user == ANONYMOUS ? Access.LOGIN : Access.ALLOWED;
    }

    /** The programme list: everyone who works with programmes; leaders have their own pages. */
    static Function<DemoUsers, Access> programmeStaff() {
        return user -> switch (user) {
            case ANONYMOUS -> Access.LOGIN;
            case LEADER, LEADER_OTHER_MUNICIPALITY -> Access.FORBIDDEN;
            default -> Access.ALLOWED;
        };
    }

    static Function<DemoUsers, Access> coordinatorsAndAdmin() {
        return user -> switch (user) {
            case ANONYMOUS -> Access.LOGIN;
            case COORDINATOR, COORDINATOR_OTHER, ADMIN -> Access.ALLOWED;
            default -> Access.FORBIDDEN;
        };
    }

    /** One programme seen by: its coordinator, the admin, and the admin of an enrolled municipality. */
    static Function<DemoUsers, Access> programmeViewers() {
        return user -> switch (user) {
            case ANONYMOUS -> Access.LOGIN;
            case LEADER, LEADER_OTHER_MUNICIPALITY -> Access.FORBIDDEN;
            case COORDINATOR_OTHER, MUNICIPALITY_ADMIN_OTHER -> Access.NOT_FOUND;
            default -> Access.ALLOWED;
        };
    }

    /**
     * One programme as seen by those who take part in it (LEADER is a participant in it) and by its viewers; to
     * everyone else it does not exist.
     */
    static Function<DemoUsers, Access> programmeMembers() {
        return user -> switch (user) {
            case ANONYMOUS -> Access.LOGIN;
            case LEADER, MUNICIPALITY_ADMIN, COORDINATOR, ADMIN -> Access.ALLOWED;
            default -> Access.NOT_FOUND;
        };
    }

    /** One programme changed by: its coordinator and the admin; an enrolled municipality's admin only sees it. */
    static Function<DemoUsers, Access> programmeManagers() {
        return user -> user == DemoUsers.MUNICIPALITY_ADMIN
                ? Access.FORBIDDEN
                : programmeViewers().apply(user);
    }

    /** Objects of one person or two (a session's leader and coach): everyone else is told they do not exist. */
    static Function<DemoUsers, Access> only(DemoUsers... allowed) {
        java.util.Set<DemoUsers> set = java.util.Set.of(allowed);
        return user -> user == ANONYMOUS ? Access.LOGIN : set.contains(user) ? Access.ALLOWED : Access.NOT_FOUND;
    }

    /** The coach pages: the demo coordinators coach (one as a coordinator, one with the coach role). */
    static Function<DemoUsers, Access> coaches() {
        return user -> switch (user) {
            case ANONYMOUS -> Access.LOGIN;
            case COORDINATOR, COORDINATOR_OTHER -> Access.ALLOWED;
            default -> Access.FORBIDDEN;
        };
    }

    /** A municipality's own pages (Drammen's): its admin and the admin; another municipality's admin finds nothing. */
    static Function<DemoUsers, Access> municipalityKeepers() {
        return user -> switch (user) {
            case ANONYMOUS -> Access.LOGIN;
            case MUNICIPALITY_ADMIN, ADMIN -> Access.ALLOWED;
            case MUNICIPALITY_ADMIN_OTHER -> Access.NOT_FOUND;
            default -> Access.FORBIDDEN;
        };
    }

    static Function<DemoUsers, Access> onlyAdmin() {
        return user -> user == ANONYMOUS ? Access.LOGIN : user == ADMIN ? Access.ALLOWED : Access.FORBIDDEN;
    }

    private static final class Builder {
        private final List<Route> routes = new ArrayList<>();

        void add(HttpMethod method, String pattern, String url, Function<DemoUsers, Access> rule) {
            Map<DemoUsers, Access> expected = new EnumMap<>(DemoUsers.class);
            for (DemoUsers user : DemoUsers.values()) {
                expected.put(user, rule.apply(user));
            }
            routes.add(new Route(method, pattern, url, expected));
        }
    }

    private RouteAccessTable() {}
}
