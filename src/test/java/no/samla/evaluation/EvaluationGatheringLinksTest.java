package no.samla.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The gathering page leads each visitor to the part of the gathering's evaluation that is theirs. */
@SamlaTest
class EvaluationGatheringLinksTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aParticipantIsAskedToAnswerTheOpenEvaluationOnTheGatheringPage() throws Exception {
        long gathering = gathering(3);
        long evaluation = evaluationOf(gathering);
        assertThat(page(DemoUsers.LEADER, gathering))
                .contains("href=\"/evaluations/" + evaluation + "\"")
                .containsAnyOf("Svar på evalueringen", "Endre svaret ditt på evalueringen");
        assertThat(page(DemoUsers.COORDINATOR, gathering))
                .contains("href=\"/programmes/" + programme() + "/evaluations/" + evaluation + "\"")
                .doesNotContain("href=\"/evaluations/" + evaluation + "\"");
    }

    @Test
    void aClosedEvaluationOffersTheResultsToTheMunicipalityAdminAndNothingToTheLeader() throws Exception {
        long gathering = gathering(1);
        long evaluation = evaluationOf(gathering);
        assertThat(page(DemoUsers.MUNICIPALITY_ADMIN, gathering))
                .contains("href=\"/programmes/" + programme() + "/evaluations/" + evaluation + "/results\"");
        assertThat(page(DemoUsers.LEADER, gathering))
                .doesNotContain("/evaluations/" + evaluation)
                .doesNotContain("Svar på evalueringen");
    }

    private String page(DemoUsers user, long gathering) throws Exception {
        return mvc.perform(get("/gatherings/" + gathering).with(user.as(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long programme() {
        return jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
    }

    private long gathering(int number) {
        return jdbc.queryForObject(
                "select id from gathering where programme_id = ? and number = ?", Long.class, programme(), number);
    }

    private long evaluationOf(long gathering) {
        return jdbc.queryForObject("select id from evaluation where gathering_id = ?", Long.class, gathering);
    }
}
