package no.samla.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.ResponseText;
import no.samla.support.SamlaTest;
import no.samla.system.RespondentKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proves that no visitor reads what belongs to someone else. Markers ({@link Canaries}) are planted in every piece of
 * content that has an owner; then each visitor of the access table requests every GET route of {@link RouteAccessTable}
 * it is served (pages and CSV, XLSX, PDF, DOCX and ICS exports alike), the same address with its own ids where the
 * table's belong to another programme, and each of those with its ids swapped for ids of objects of another programme,
 * municipality or leader ({@link ForeignIds}). A swapped id must be answered 403 or 404, and no
 * answer may hold a marker its visitor may not read. Positive controls show that the markers do come through where
 * they may, in every format, so that a broken marker cannot pass unnoticed.
 *
 * <p>Each visitor runs in a transaction that is rolled back, each request within it to a savepoint, so nothing planted
 * or changed is left behind.
 */
@SamlaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForeignDataTest {

    /** A marker candidate at every place one may start, so that a stray "zq" before a marker cannot hide it. */
    private static final Pattern MARKER = Pattern.compile("(?=(zq[a-z0-9]{1,40}?qz))");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RespondentKeys keys;

    @PersistenceContext
    EntityManager entityManager;

    /** Visitor, address and marker of every marker found where its visitor may not read it. */
    private final Set<String> leaks = new TreeSet<>();

    /** Visitor, address and status of every swapped address answered with something else than 403 or 404. */
    private final Set<String> served = new TreeSet<>();

    /** Per visitor, the markers it read where it may, each with the formats it came in. */
    private final Map<DemoUsers, Map<String, Set<String>>> seen = new EnumMap<>(DemoUsers.class);

    private final Set<String> formats = new TreeSet<>();
    private final Set<String> kindsSeen = new TreeSet<>();
    private int requests;
    private int answered;
    private int movedServed;
    private int swapped;
    private int canaryCount;
    private int routeCount;

    @BeforeAll
    void visitEveryRouteAsEveryVisitor() {
        long started = System.nanoTime();
        RouteAccessTable.DemoIds ids = RouteAccessTable.DemoIds.from(jdbc);
        List<RouteAccessTable.Route> routes = new ArrayList<>(RouteAccessTable.routes(ids).stream()
                .filter(route -> route.method() == HttpMethod.GET)
                .toList());
        routeCount = routes.size();
        routes.addAll(expectationResults(routes, ids));
        ForeignIds foreignIds = new ForeignIds(jdbc, ids);
        for (DemoUsers user : DemoUsers.values()) {
            transactions.executeWithoutResult(status -> {
                status.setRollbackOnly();
                Map<String, Canaries.Canary> canaries = new HashMap<>();
                Canaries.plant(jdbc, keys).forEach(canary -> canaries.put(canary.token(), canary));
                canaryCount = canaries.size();
                Canaries.Reader reader = Canaries.Reader.of(user, jdbc);
                // the calendar feed's secret address is its owner's to give away: whoever has it reads as the owner
                Canaries.Reader feedOwner = Canaries.Reader.of(DemoUsers.LEADER, jdbc);
                List<ForeignIds.World> worlds = foreignIds.worldsOf(user);
                Optional<Map.Entry<ForeignIds.World, DemoUsers>> own = foreignIds.ownOf(user);
                for (RouteAccessTable.Route route : routes) {
                    // RouteAccessTest proves that the others are turned away; only what is served shows content
                    if (route.expected().get(user) == Access.ALLOWED) {
                        Canaries.Reader as = route.pattern().startsWith("/calendar/feed/") ? feedOwner : reader;
                        visit(user, as, canaries, route.url(), null);
                        swapAll(user, reader, canaries, foreignIds, worlds, route.pattern(), route.url());
                    }
                    // the same address with the visitor's own ids, where the visitor of the same role in the table
                    // is served, and from there to someone else's
                    Optional<String> moved = own.filter(
                                    world -> route.expected().get(world.getValue()) == Access.ALLOWED)
                            .flatMap(world -> foreignIds.moved(route.pattern(), route.url(), world.getKey()))
                            .filter(url -> !url.equals(route.url()));
                    if (moved.isPresent() && visit(user, reader, canaries, moved.get(), null) < 300) {
                        movedServed++;
                        swapAll(user, reader, canaries, foreignIds, worlds, route.pattern(), moved.get());
                    }
                }
            });
        }
        System.out.printf(
                "%s: %d visitors, %d GET routes, %d requests (%d with someone else's ids, %d answered 2xx, %d own ids served), %d markers,"
                        + " formats %s, in %d ms%n",
                getClass().getSimpleName(),
                DemoUsers.values().length,
                routeCount,
                requests,
                swapped,
                answered,
                movedServed,
                canaryCount,
                formats,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The survey results again for the expectations round, whose free-text answers the table's self-assessment has
     * none of.
     */
    private static List<RouteAccessTable.Route> expectationResults(
            List<RouteAccessTable.Route> routes, RouteAccessTable.DemoIds ids) {
        String selfAssessment = "/surveys/" + ids.surveyId(DemoProgrammes.DRAMMEN_SCHOOL, "SELF_ASSESSMENT") + "/";
        String expectations = "/surveys/" + ids.surveyId(DemoProgrammes.DRAMMEN_SCHOOL, "EXPECTATIONS") + "/";
        return routes.stream()
                .filter(route -> route.pattern().startsWith("/programmes/{programmeId}/surveys/{surveyId}/results"))
                .map(route -> new RouteAccessTable.Route(
                        route.method(),
                        route.pattern(),
                        route.url().replace(selfAssessment, expectations),
                        route.expected()))
                .toList();
    }

    private void swapAll(
            DemoUsers user,
            Canaries.Reader reader,
            Map<String, Canaries.Canary> canaries,
            ForeignIds foreignIds,
            List<ForeignIds.World> worlds,
            String pattern,
            String url) {
        for (ForeignIds.World world : worlds) {
            for (ForeignIds.Swap swap : foreignIds.swaps(pattern, url, world)) {
                visit(user, reader, canaries, swap.url(), swap.what());
            }
        }
    }

    /** Requests the address as the visitor and checks the answer; gives its status. */
    private int visit(
            DemoUsers user, Canaries.Reader reader, Map<String, Canaries.Canary> canaries, String url, String foreign) {
        requests++;
        jdbc.execute("savepoint visit");
        MockHttpServletResponse response;
        try {
            response = mvc.perform(
                            get(url).accept(MediaType.TEXT_HTML, MediaType.ALL).with(user.as(accounts)))
                    .andReturn()
                    .getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(user + " " + url, e);
        } finally {
            jdbc.execute("rollback to savepoint visit");
            // the rolled-back rows must not live on in the persistence context the next request shares
            entityManager.clear();
        }
        if (response.getStatus() < 300) {
            answered++;
        }
        if (foreign != null) {
            swapped++;
            if (response.getStatus() != 403 && response.getStatus() != 404) {
                served.add(user + " " + url + " (" + foreign + "): " + response.getStatus());
            }
        }
        String format = format(response);
        formats.add(format);
        // line breaks in PDF text and folded ICS lines may split a marker
        String text = ResponseText.of(response).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        Matcher marker = MARKER.matcher(text);
        while (marker.find()) {
            Canaries.Canary canary = canaries.get(marker.group(1));
            if (canary == null) {
                continue;
            }
            if (canary.mayRead().test(reader)) {
                seen.computeIfAbsent(user, k -> new TreeMap<>())
                        .computeIfAbsent(canary.token(), k -> new TreeSet<>())
                        .add(format);
                kindsSeen.add(canary.kind());
            } else {
                leaks.add(user + " " + url + " shows " + canary.what() + " (" + canary.token() + ")");
            }
        }
        return response.getStatus();
    }

    private static String format(MockHttpServletResponse response) {
        String type = response.getContentType() == null ? "" : response.getContentType();
        if (type.contains("spreadsheetml")) {
            return "xlsx";
        }
        if (type.contains("wordprocessingml")) {
            return "docx";
        }
        if (type.startsWith("application/pdf")) {
            return "pdf";
        }
        if (type.startsWith("text/csv")) {
            return "csv";
        }
        if (type.startsWith("text/calendar")) {
            return "ics";
        }
        if (type.startsWith("text/html")) {
            return "html";
        }
        return type.isEmpty() ? "none" : type.replaceAll(";.*", "");
    }

    @Test
    void noAnswerHoldsContentItsVisitorMayNotRead() {
        assertThat(leaks)
                .as("markers found where their visitor may not read them")
                .isEmpty();
    }

    @Test
    void idsOfSomeoneElsesObjectsAreNotFoundOrForbidden() {
        assertThat(swapped).as("requests with someone else's ids").isGreaterThan(100);
        assertThat(served)
                .as("someone else's ids answered with something else than 403 or 404")
                .isEmpty();
    }

    @Test
    void markersComeThroughWhereTheirVisitorMayReadThem() {
        assertThat(kindsSeen)
                .as("kinds of marker read by someone who may")
                .containsAll(Set.of(
                        "log", "com", "dev", "cpn", "csn", "eva", "sur", "nmn", "hv", "case", "per", "prg", "gat"));
        Map<String, Set<String>> leader = seen.getOrDefault(DemoUsers.LEADER, Map.of());
        long privateEntry = RouteAccessTable.DemoIds.from(jdbc)
                .logEntryId(DemoProgrammes.DRAMMEN_SCHOOL, DemoUsers.LEADER.email(), false);
        assertThat(leader.get(Canaries.token("log", privateEntry)))
                .as("the leader's own private log entry, on its page and in the log book downloads")
                .contains("html", "pdf", "docx");
        Set<String> formatsSeen = new LinkedHashSet<>();
        seen.values().forEach(tokens -> tokens.values().forEach(formatsSeen::addAll));
        assertThat(formatsSeen)
                .as("formats markers were read in")
                .contains("html", "csv", "xlsx", "pdf", "docx", "ics");
    }
}
