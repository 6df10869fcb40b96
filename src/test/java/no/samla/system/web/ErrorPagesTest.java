package no.samla.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.samla.support.Browser;
import no.samla.support.DemoUsers;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages as the servlet container serves them: in the layout, in the user's language, no details. */
@SamlaTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void unknownAddressAndUnknownIdGiveTheNotFoundPage() throws Exception {
        Browser browser = new Browser(port);
        browser.login(DemoUsers.ADMIN.email(), DemoUsers.PASSWORD);

        for (String path : new String[] {"/admin/people/987654321", "/no/such/page", "/admin/organisations/424242"}) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body())
                    .contains("<h1>Siden finnes ikke</h1>")
                    .contains("<main id=\"main\"")
                    .contains("lang=\"nb\"");
            assertNoTechnicalDetails(response.body());
        }
    }

    @Test
    void malformedIdsGiveTheBadRequestPage() throws Exception {
        Browser browser = new Browser(port);
        browser.login(DemoUsers.ADMIN.email(), DemoUsers.PASSWORD);

        for (String path : new String[] {
            "/admin/people/abc", "/admin/accounts/new?person=%27%3B--", "/admin/people/1e99", "/admin/people?page=x"
        }) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).contains("<h1>Ugyldig forespørsel</h1>");
            assertNoTechnicalDetails(response.body());
        }
    }

    @Test
    void forbiddenPageInTheChosenLanguage() throws Exception {
        Browser browser = new Browser(port);
        browser.login(DemoUsers.LEADER.email(), DemoUsers.PASSWORD);
        browser.get("/?lang=en");

        HttpResponse<String> response = browser.get("/admin/people");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<h1>No access</h1>").contains("lang=\"en\"");
        assertNoTechnicalDetails(response.body());
    }

    @Test
    void aWrongMethodGivesTheMethodNotAllowedPage() throws Exception {
        Browser browser = new Browser(port);
        browser.login(DemoUsers.ADMIN.email(), DemoUsers.PASSWORD);
        browser.get("/admin/people");

        HttpResponse<String> response = browser.post("/admin/municipalities", java.util.Map.of());
        assertThat(response.statusCode()).isEqualTo(405);
        assertNoTechnicalDetails(response.body());
    }

    private static void assertNoTechnicalDetails(String body) {
        assertThat(body)
                .doesNotContain("Exception")
                .doesNotContain("at no.samla")
                .doesNotContain("Whitelabel")
                .doesNotContain("trace");
    }
}
