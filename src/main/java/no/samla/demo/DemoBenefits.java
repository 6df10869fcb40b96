package no.samla.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import no.samla.innovation.InnovationCase;
import no.samla.innovation.InnovationCases;
import no.samla.innovation.benefit.BenefitData;
import no.samla.innovation.benefit.BenefitType;
import no.samla.innovation.benefit.Benefits;
import no.samla.innovation.benefit.Frequency;
import no.samla.innovation.benefit.MeasurementData;
import no.samla.people.Accounts;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;
import org.springframework.stereotype.Component;

/**
 * Benefits with measurements on four innovation cases, one of each kind a coordinator looks for: on Kari Nordmann's
 * case one on track that she measures herself, in Drammen's school one behind plan, in Innlandet one whose measurement
 * is overdue and, in Ringsaker, one that has reached its target. Dates are relative to the day the demo is loaded. A benefit that
 * already exists on its case is left alone, so loading twice changes nothing.
 */
@Component
class DemoBenefits {

    static final String KARI_BENEFIT = "Kortere svartid på søknader";

    private final Benefits benefits;
    private final InnovationCases cases;
    private final Accounts accounts;
    private final Clock clock;

    DemoBenefits(Benefits benefits, InnovationCases cases, Accounts accounts, Clock clock) {
        this.benefits = benefits;
        this.cases = cases;
        this.accounts = accounts;
        this.clock = clock;
    }

    void load(Programme innovation, Programme school) {
        LocalDate today = LocalDate.now(clock.withZone(DemoCoaching.OSLO));
        SamlaUser kari = accounts.loadUser(DemoAccounts.LEADER_DRAMMEN).orElseThrow();
        SamlaUser marte = accounts.loadUser(DemoAccounts.COORDINATOR_FJORD).orElseThrow();
        SamlaUser jonas = accounts.loadUser(DemoAccounts.COORDINATOR_NETWORK).orElseThrow();

        // On track: 46 days is further down than the straight line from 60 to 21 days says for its date.
        LocalDate karisBaseline = today.minusMonths(4);
        add(
                kari,
                case_(school, DemoInnovation.KARI_CASE),
                new Plan(
                        KARI_BENEFIT,
                        BenefitType.TIME,
                        "Dager fra søknad om barnehageplass til svar",
                        "dager",
                        "60",
                        karisBaseline,
                        "21",
                        karisBaseline.plusMonths(12),
                        Frequency.MONTHLY,
                        kari.personId()),
                new Measured(karisBaseline.plusMonths(1), "57", "Første måned med ny rutine for saksbehandling."),
                new Measured(karisBaseline.plusMonths(2), "52", null),
                new Measured(today.minusDays(10), "46", "Færre søknader må sendes tilbake for mer dokumentasjon."));

        // Behind plan: the sick leave has barely moved after more than half a year.
        InnovationCase sickLeave = case_(school, "Mindre sykefravær i hjemmesykepleien");
        LocalDate sickBaseline = today.minusMonths(7);
        add(
                marte,
                sickLeave,
                new Plan(
                        "Lavere sykefravær",
                        BenefitType.QUALITY,
                        "Legemeldt og egenmeldt sykefravær i hjemmesykepleien",
                        "prosent",
                        "12,4",
                        sickBaseline,
                        "8",
                        sickBaseline.plusMonths(12),
                        Frequency.QUARTERLY,
                        owner(sickLeave, marte)),
                new Measured(sickBaseline.plusMonths(3), "12,1", null),
                new Measured(today.minusDays(20), "11,6", "Turnusendringen kom senere enn planlagt."));

        // Overdue: measured monthly, last measured four months ago.
        InnovationCase checkIn = case_(innovation, "Digital innsjekk på legevakten");
        LocalDate checkInBaseline = today.minusMonths(6);
        add(
                jonas,
                checkIn,
                new Plan(
                        "Kortere tid fra ankomst til triage",
                        BenefitType.TIME,
                        "Gjennomsnittlig tid fra ankomst til triage",
                        "minutter",
                        "40",
                        checkInBaseline,
                        "20",
                        checkInBaseline.plusMonths(12),
                        Frequency.MONTHLY,
                        owner(checkIn, jonas)),
                new Measured(checkInBaseline.plusMonths(1), "36", null),
                new Measured(checkInBaseline.plusMonths(2), "33", "Innsjekkingsautomaten er i bruk hele døgnet."));

        // Achieved, in Ringsaker: the leaders spend less time finding substitutes than the target, ahead of time.
        InnovationCase substitutes = case_(innovation, "Felles vikarpool i oppvekst");
        LocalDate substitutesBaseline = today.minusMonths(9);
        add(
                jonas,
                substitutes,
                new Plan(
                        "Mindre tid til vikarinnleie",
                        BenefitType.TIME,
                        "Timer lederne i barnehager og skoler bruker på å skaffe vikarer",
                        "timer per uke",
                        "40",
                        substitutesBaseline,
                        "15",
                        substitutesBaseline.plusMonths(12),
                        Frequency.QUARTERLY,
                        owner(substitutes, jonas)),
                new Measured(substitutesBaseline.plusMonths(3), "32", null),
                new Measured(substitutesBaseline.plusMonths(6), "22", null),
                new Measured(today.minusDays(15), "14", "Målet er nådd tre måneder før tiden."));
    }

    private record Plan(
            String title,
            BenefitType type,
            String indicator,
            String unit,
            String baseline,
            LocalDate baselineDate,
            String target,
            LocalDate targetDate,
            Frequency frequency,
            long owner) {}

    private record Measured(LocalDate on, String value, String comment) {}

    private void add(SamlaUser user, InnovationCase c, Plan plan, Measured... measured) {
        if (benefits.findByTitle(c.getId(), plan.title()).isPresent()) {
            return;
        }
        long id = benefits.create(
                user,
                c.getId(),
                new BenefitData(
                        plan.title(),
                        plan.type(),
                        plan.indicator(),
                        plan.unit(),
                        number(plan.baseline()),
                        plan.baselineDate(),
                        number(plan.target()),
                        plan.targetDate(),
                        plan.owner(),
                        plan.frequency()));
        for (Measured m : measured) {
            benefits.record(user, c.getId(), id, new MeasurementData(m.on(), number(m.value()), m.comment()));
        }
    }

    private InnovationCase case_(Programme programme, String title) {
        return cases.findByTitle(programme.getId(), title).orElseThrow();
    }

    /** The first of the case's team by id, or the coordinator when the team is empty. */
    private static long owner(InnovationCase c, SamlaUser coordinator) {
        return c.getTeam().isEmpty() ? coordinator.personId() : Collections.min(c.getTeam());
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }
}
