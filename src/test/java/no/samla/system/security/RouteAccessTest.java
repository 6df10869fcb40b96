package no.samla.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Proves the access rules: every mapped route is in {@link RouteAccessTable}, and every route gives each
 * kind of visitor exactly the outcome the table states. Each request runs in a transaction that is rolled
 * back, so a POST changes nothing for the next visitor.
 */
@SamlaTest
class RouteAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    List<RouteAccessTable.Route> routes;

    @BeforeEach
    void buildTable() {
        routes = RouteAccessTable.routes(RouteAccessTable.DemoIds.from(jdbc));
    }

    @Test
    void everyMappedRouteHasAnAccessRule() {
        Set<String> listed = routes.stream().map(RouteAccessTable.Route::key).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            // A mapping without a method answers all of them; GET and POST are the ones a browser sends.
            Set<String> methodNames = methods.isEmpty()
                    ? Set.of("GET", "POST")
                    : methods.stream().map(Enum::name).collect(Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                for (String method : methodNames) {
                    String key = method + " " + pattern;
                    if (!listed.contains(key) && !(pattern.equals("/error") && method.equals("POST"))) {
                        missing.add(key);
                    }
                }
            }
        }
        assertThat(missing)
                .as("mapped routes without an entry in RouteAccessTable")
                .isEmpty();
    }

    @Test
    void everyRouteGivesEveryVisitorTheStatedOutcome() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (RouteAccessTable.Route route : routes) {
            for (DemoUsers user : DemoUsers.values()) {
                Access expected = route.expected().get(user);
                var builder = request(route.method(), route.url())
                        .accept(MediaType.TEXT_HTML)
                        .with(user.as(accounts));
                if (route.method() == HttpMethod.POST) {
                    builder.with(csrf());
                }
                MvcResult result =
                        inRolledBackTransaction(() -> mvc.perform(builder).andReturn());
                Access actual = outcome(result);
                checked++;
                if (actual != expected) {
                    wrong.add(route.key() + " as " + user + ": expected " + expected + " but got " + actual + " ("
                            + result.getResponse().getStatus() + " "
                            + result.getResponse().getRedirectedUrl() + ")");
                }
            }
        }
        assertThat(wrong).as("routes whose outcome differs from the table").isEmpty();
        assertThat(checked).isEqualTo(routes.size() * DemoUsers.values().length);
    }

    private MvcResult inRolledBackTransaction(Callable<MvcResult> request) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            try {
                return request.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static Access outcome(MvcResult result) {
        int status = result.getResponse().getStatus();
        String redirect = result.getResponse().getRedirectedUrl();
        if (status == 302 && redirect != null && redirect.endsWith("/login")) {
            return Access.LOGIN;
        }
        if (status == 401) {
            return Access.LOGIN;
        }
        if (status == 403) {
            return Access.FORBIDDEN;
        }
        if (status == 404) {
            return Access.NOT_FOUND;
        }
        if (status >= 500) {
            throw new AssertionError(
                    "Server error " + status + " for " + result.getRequest().getRequestURI());
        }
        return Access.ALLOWED;
    }
}
