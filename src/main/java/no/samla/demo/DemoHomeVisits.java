package no.samla.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samla.innovation.HomeVisitData;
import no.samla.innovation.HomeVisits;
import no.samla.programme.Programme;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Home visits: in the Innlandet innovation programme, Stange's was held ten days before the demo was loaded and has
 * notes, Ringsaker's is scheduled in the spring; in Drammen's school one visit that Kari Nordmann comes to. A
 * municipality that already has a visit is left alone, so loading twice changes nothing.
 */
@Component
class DemoHomeVisits {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final HomeVisits visits;
    private final Clock clock;

    DemoHomeVisits(HomeVisits visits, Clock clock) {
        this.visits = visits;
        this.clock = clock;
    }

    void load(
            Programme innovation,
            long stange,
            long ringsaker,
            List<Long> stangeLeaders,
            List<Long> ringsakerLeaders,
            long networkCoordinator,
            Programme school,
            long drammen,
            long schoolCoordinator,
            long kari) {
        // Held before the programme's first gathering: a start-up visit, so that the demo has notes to show.
        LocalDate held = LocalDate.now(clock.withZone(OSLO)).minusDays(10);
        visit(
                        innovation,
                        stange,
                        new HomeVisitData(
                                held,
                                LocalTime.of(9, 0),
                                LocalTime.of(14, 0),
                                "Stange rådhus, Storgata 5, møterom Kommunestyresalen",
                                "Gjennomgang av caset: behovet, hvem tjenesten er for og målene.\n"
                                        + "Trening på pitch med tilbakemelding fra ledergruppa.",
                                comers(networkCoordinator, stangeLeaders)),
                        networkCoordinator)
                .ifPresent(id -> visits.writeNotes(
                        innovation.getId(),
                        id,
                        0,
                        "Ledergruppa har snevret inn caset til innbyggerdialog i hjemmetjenesten. Neste steg:"
                                + " tre brukerintervjuer før samling 2, og en tydeligere gevinst å måle."));
        visit(
                innovation,
                ringsaker,
                new HomeVisitData(
                        LocalDate.of(2027, 5, 12),
                        LocalTime.of(10, 0),
                        LocalTime.of(15, 0),
                        "Ringsaker rådhus, Brumunddal, møterom Mjøsa",
                        "Trening på pitch og plan for pilotering.",
                        comers(networkCoordinator, ringsakerLeaders)),
                networkCoordinator);
        visit(
                school,
                drammen,
                new HomeVisitData(
                        LocalDate.of(2027, 4, 14),
                        LocalTime.of(9, 0),
                        LocalTime.of(12, 0),
                        "Drammen rådhus, Engene 1, møterom Bragernes",
                        "Innovasjonsprosessene i enhetene: hvor står dere, og hva trenger dere før pitchen?",
                        Set.of(schoolCoordinator, kari)),
                schoolCoordinator);
    }

    private Optional<Long> visit(Programme programme, long municipalityId, HomeVisitData data, long by) {
        boolean visited = visits.list(programme.getId(), municipalityId, Pageable.ofSize(1)).stream()
                .anyMatch(row -> row.scheduled());
        return visited ? Optional.empty() : Optional.of(visits.schedule(programme, municipalityId, data, by));
    }

    /** The coordinator and the first three leaders of the municipality. */
    private static Set<Long> comers(long coordinator, List<Long> leaders) {
        Set<Long> comers = new HashSet<>(leaders.subList(0, Math.min(3, leaders.size())));
        comers.add(coordinator);
        return comers;
    }
}
