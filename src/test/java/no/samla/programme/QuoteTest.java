package no.samla.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quote's arithmetic, with the example programme of the domain description. */
class QuoteTest {

    static final List<BigDecimal> FOUR_ONE_DAY_GATHERINGS = Collections.nCopies(4, BigDecimal.ONE);

    @Test
    void theExampleProgrammeCosts507500ExcludingVat() {
        Quote quote = Quote.compute(Rates.defaults(), new StructurePlan(4, 4, 4), FOUR_ONE_DAY_GATHERINGS, 20, 4);

        assertThat(quote.lines())
                .extracting(Quote.Line::descriptionKey, Quote.Line::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("quote.line.gatherings", new BigDecimal("175000.00")),
                        org.assertj.core.groups.Tuple.tuple("quote.line.network", new BigDecimal("140000.00")),
                        org.assertj.core.groups.Tuple.tuple("quote.line.coaching", new BigDecimal("175000.00")),
                        org.assertj.core.groups.Tuple.tuple("quote.line.evaluation", new BigDecimal("17500.00")));
        assertThat(quote.sumExcludingVat()).isEqualTo(new BigDecimal("507500.00"));
        assertThat(quote.vat()).isEqualTo(new BigDecimal("126875.00"));
        assertThat(quote.totalIncludingVat()).isEqualTo(new BigDecimal("634375.00"));
        assertThat(quote.perParticipant()).isEqualTo(new BigDecimal("25375.00"));
        assertThat(quote.perMunicipality()).isEqualTo(new BigDecimal("126875.00"));
        assertThat(quote.hasEstimate()).isFalse();
    }

    @Test
    void linesSayWhatWasCounted() {
        Quote quote = Quote.compute(Rates.defaults(), new StructurePlan(4, 4, 4), FOUR_ONE_DAY_GATHERINGS, 20, 4);

        Quote.Line gatherings = quote.lines().get(0);
        assertThat(gatherings.quantities())
                .containsExactly(new BigDecimal("8"), new BigDecimal("4"), new BigDecimal("2"));
        assertThat(gatherings.unitPrice()).isEqualTo(new BigDecimal("21875.00"));
        Quote.Line network = quote.lines().get(1);
        assertThat(network.quantities())
                .containsExactly(new BigDecimal("8"), new BigDecimal("16"), new BigDecimal("2"));
        Quote.Line coaching = quote.lines().get(2);
        assertThat(coaching.quantities())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("80"), new BigDecimal("20"), new BigDecimal("4"), BigDecimal.ONE);
        assertThat(quote.lines().get(3).unitPrice()).isNull();
    }

    @Test
    void actualMeetingsAndQuotasReplaceThePlanAndSaySo() {
        StructurePlan plan = new StructurePlan(4, 4, 4);
        // 13 meetings planned in the groups' meeting plans instead of 16; quotas adding up to 70 sessions, not 80
        Quote quote = Quote.compute(
                Rates.defaults(), plan, FOUR_ONE_DAY_GATHERINGS, 20, 4, new ProgrammeActivities.ActualCounts(13, 70));
        Quote.Line network = quote.lines().get(1);
        assertThat(network.quantityKey()).isEqualTo("quote.quantity.network.actual");
        assertThat(network.quantities())
                .containsExactly(new BigDecimal("7"), new BigDecimal("13"), new BigDecimal("2"));
        assertThat(network.amount()).isEqualTo(new BigDecimal("122500.00"));
        Quote.Line coaching = quote.lines().get(2);
        assertThat(coaching.quantityKey()).isEqualTo("quote.quantity.coaching.actual");
        assertThat(coaching.amount()).isEqualTo(new BigDecimal("153125.00"));

        Quote planned = Quote.compute(
                Rates.defaults(), plan, FOUR_ONE_DAY_GATHERINGS, 20, 4, ProgrammeActivities.ActualCounts.none());
        assertThat(planned.lines().get(1).quantityKey()).isEqualTo("quote.quantity.network");
        assertThat(planned.sumExcludingVat()).isEqualTo(new BigDecimal("507500.00"));
    }

    @Test
    void networkDaysAreRoundedUpToWholeDays() {
        // 3 groups × 3 meetings = 9 meetings at 2 a day: 5 days, not 4.5.
        Quote odd = Quote.compute(Rates.defaults(), new StructurePlan(3, 3, 0), List.of(), 0, 0);
        assertThat(odd.lines().get(1).quantities().get(0)).isEqualTo(new BigDecimal("5"));
        assertThat(odd.lines().get(1).amount()).isEqualTo(new BigDecimal("87500.00"));

        Quote one = Quote.compute(Rates.defaults(), new StructurePlan(1, 1, 0), List.of(), 0, 0);
        assertThat(one.lines().get(1).amount()).isEqualTo(new BigDecimal("17500.00"));

        Quote none = Quote.compute(Rates.defaults(), StructurePlan.none(), List.of(), 0, 0);
        assertThat(none.lines().get(1).amount()).isEqualTo(new BigDecimal("0.00"));

        Rates threeADay = withMeetingsPerDay(3);
        Quote seven = Quote.compute(threeADay, new StructurePlan(7, 1, 0), List.of(), 0, 0);
        assertThat(seven.lines().get(1).quantities().get(0)).isEqualTo(new BigDecimal("3"));
    }

    @Test
    void twoDayGatheringsCountTheirAdviserDays() {
        Quote quote = Quote.compute(
                Rates.defaults(),
                StructurePlan.none(),
                List.of(BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("2")),
                0,
                0);
        // 5 gathering days × 2 advisers × 21 875 = 218 750
        assertThat(quote.lines().get(0).amount()).isEqualTo(new BigDecimal("218750.00"));
    }

    @Test
    void travelIsAnEstimateAddedOnlyWhenSet() {
        Rates rates = withTravel(new BigDecimal("12000.00"));
        Quote quote = Quote.compute(rates, new StructurePlan(4, 4, 4), FOUR_ONE_DAY_GATHERINGS, 20, 4);

        Quote.Line travel = quote.lines().get(4);
        assertThat(travel.descriptionKey()).isEqualTo("quote.line.travel");
        assertThat(travel.estimate()).isTrue();
        assertThat(quote.hasEstimate()).isTrue();
        assertThat(quote.sumExcludingVat()).isEqualTo(new BigDecimal("519500.00"));
        assertThat(quote.vat()).isEqualTo(new BigDecimal("129875.00"));
        assertThat(quote.totalIncludingVat()).isEqualTo(new BigDecimal("649375.00"));
    }

    @Test
    void divisionsRoundHalfUpToOreAndNoOneToDivideByGivesNoShare() {
        Quote quote = Quote.compute(Rates.defaults(), new StructurePlan(4, 4, 4), FOUR_ONE_DAY_GATHERINGS, 3, 0);
        // 3 participants: 175 000 + 140 000 + 26 250 + 17 500 = 358 750; ÷ 3 = 119 583.333…
        assertThat(quote.sumExcludingVat()).isEqualTo(new BigDecimal("358750.00"));
        assertThat(quote.perParticipant()).isEqualTo(new BigDecimal("119583.33"));
        assertThat(quote.perMunicipality()).isNull();

        Quote empty = Quote.compute(Rates.defaults(), StructurePlan.none(), List.of(), 0, 0);
        assertThat(empty.perParticipant()).isNull();
        assertThat(empty.sumExcludingVat()).isEqualTo(new BigDecimal("17500.00"));
    }

    @Test
    void partHoursAreRoundedToOreAndEveryAmountHasTwoDecimals() {
        Rates rates = new Rates(
                new BigDecimal("21875.00"),
                2,
                new BigDecimal("17500.00"),
                2,
                new BigDecimal("2187.50"),
                new BigDecimal("1.25"),
                new BigDecimal("0.00"),
                null);
        // 1 × 1 session × 1.25 h × 2 187.50 = 2 734.375 → 2 734.38; VAT 683.595 → 683.60
        Quote quote = Quote.compute(rates, new StructurePlan(0, 0, 1), List.of(), 1, 1);
        assertThat(quote.lines().get(2).amount()).isEqualTo(new BigDecimal("2734.38"));
        assertThat(quote.vat()).isEqualTo(new BigDecimal("683.60"));
        assertThat(quote.totalIncludingVat()).isEqualTo(new BigDecimal("3417.98"));
        assertThat(quote.lines())
                .allSatisfy(line -> assertThat(line.amount().scale()).isEqualTo(2));
    }

    @Test
    void aNetworkDayNeedsAtLeastOneMeeting() {
        assertThatThrownBy(() -> Quote.compute(withMeetingsPerDay(0), StructurePlan.none(), List.of(), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Rates withMeetingsPerDay(int meetingsPerDay) {
        Rates d = Rates.defaults();
        return new Rates(
                d.adviserDayRate(),
                d.advisersPerGathering(),
                d.networkDayRate(),
                meetingsPerDay,
                d.coachingHourlyRate(),
                d.coachingHoursPerSession(),
                d.evaluationAmount(),
                d.travelEstimate());
    }

    private static Rates withTravel(BigDecimal travel) {
        Rates d = Rates.defaults();
        return new Rates(
                d.adviserDayRate(),
                d.advisersPerGathering(),
                d.networkDayRate(),
                d.networkMeetingsPerDay(),
                d.coachingHourlyRate(),
                d.coachingHoursPerSession(),
                d.evaluationAmount(),
                travel);
    }
}
