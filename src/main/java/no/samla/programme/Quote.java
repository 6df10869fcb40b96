package no.samla.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a programme costs, from its rates, plan, gatherings and participants, in NOK with two decimals.
 * The lines and their sum exclude VAT; 25 % VAT comes on top. Travel and subsistence are charged at
 * cost, so their line is an estimate. A line amount with more than two decimals (an hourly rate times
 * a fraction of an hour) and the VAT are rounded half up to whole øre, as are the costs per participant
 * and per municipality, which are null when there is no one to divide by.
 */
public record Quote(
        List<Line> lines,
        BigDecimal sumExcludingVat,
        BigDecimal vat,
        BigDecimal totalIncludingVat,
        long participants,
        int municipalities,
        BigDecimal perParticipant,
        BigDecimal perMunicipality) {

    public static final BigDecimal VAT_RATE = new BigDecimal("0.25");

    private static final int SCALE = 2;

    public Quote {
        lines = List.copyOf(lines);
    }

    /**
     * One line of the quote. The quantity is a message ({@code quantityKey}) with {@code quantityArguments}
     * (numbers) that says what was counted; the unit price is null for a fixed amount or an estimate.
     */
    public record Line(
            String descriptionKey,
            String quantityKey,
            List<BigDecimal> quantities,
            BigDecimal unitPrice,
            BigDecimal amount,
            boolean estimate) {

        public Line {
            quantities = List.copyOf(quantities);
        }

        /** The quantities as message arguments. */
        public Object[] quantityArguments() {
            return quantities.toArray();
        }
    }

    /**
     * Prices a programme.
     *
     * @param adviserDays the adviser days of each gathering (a two-day gathering takes two)
     * @param participants the active participants, who each get the planned coaching
     * @param municipalities the municipalities taking part
     */
    public static Quote compute(
            Rates rates, StructurePlan plan, List<BigDecimal> adviserDays, long participants, int municipalities) {
        return compute(rates, plan, adviserDays, participants, municipalities, ProgrammeActivities.ActualCounts.none());
    }

    /**
     * Prices a programme with what has actually been planned: the network meetings in the groups' meeting plans
     * instead of groups × meetings, and the coaching sessions of the participants' quotas instead of participants ×
     * the plan; each line says by its quantity message which it used.
     */
    public static Quote compute(
            Rates rates,
            StructurePlan plan,
            List<BigDecimal> adviserDays,
            long participants,
            int municipalities,
            ProgrammeActivities.ActualCounts actual) {
        if (rates.networkMeetingsPerDay() < 1) {
            throw new IllegalArgumentException("A network day has at least one meeting");
        }
        List<Line> lines = new ArrayList<>();

        BigDecimal gatheringDays = adviserDays.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal advisers = BigDecimal.valueOf(rates.advisersPerGathering());
        BigDecimal adviserDaysTotal = gatheringDays.multiply(advisers);
        lines.add(new Line(
                "quote.line.gatherings",
                "quote.quantity.gatherings",
                List.of(adviserDaysTotal, gatheringDays, advisers),
                rates.adviserDayRate(),
                money(adviserDaysTotal.multiply(rates.adviserDayRate())),
                false));

        boolean actualMeetings = actual.networkMeetings() != null;
        int meetings = actualMeetings ? actual.networkMeetings() : plan.networkMeetings();
        int perDay = rates.networkMeetingsPerDay();
        // A day is a day: three meetings at two a day take two days.
        int networkDays = (meetings + perDay - 1) / perDay;
        lines.add(new Line(
                "quote.line.network",
                actualMeetings ? "quote.quantity.network.actual" : "quote.quantity.network",
                List.of(BigDecimal.valueOf(networkDays), BigDecimal.valueOf(meetings), BigDecimal.valueOf(perDay)),
                rates.networkDayRate(),
                money(BigDecimal.valueOf(networkDays).multiply(rates.networkDayRate())),
                false));

        boolean actualSessions = actual.coachingSessions() != null;
        BigDecimal sessions = actualSessions
                ? BigDecimal.valueOf(actual.coachingSessions())
                : BigDecimal.valueOf(participants).multiply(BigDecimal.valueOf(plan.coachingSessionsPerParticipant()));
        BigDecimal hours = sessions.multiply(rates.coachingHoursPerSession());
        lines.add(new Line(
                "quote.line.coaching",
                actualSessions ? "quote.quantity.coaching.actual" : "quote.quantity.coaching",
                actualSessions
                        ? List.of(
                                hours.stripTrailingZeros(),
                                sessions,
                                BigDecimal.valueOf(participants),
                                rates.coachingHoursPerSession().stripTrailingZeros())
                        : List.of(
                                hours.stripTrailingZeros(),
                                BigDecimal.valueOf(participants),
                                BigDecimal.valueOf(plan.coachingSessionsPerParticipant()),
                                rates.coachingHoursPerSession().stripTrailingZeros()),
                rates.coachingHourlyRate(),
                money(hours.multiply(rates.coachingHourlyRate())),
                false));

        lines.add(new Line(
                "quote.line.evaluation",
                "quote.quantity.fixed",
                List.of(),
                null,
                money(rates.evaluationAmount()),
                false));

        if (rates.travelEstimate() != null) {
            lines.add(new Line(
                    "quote.line.travel",
                    "quote.quantity.estimate",
                    List.of(),
                    null,
                    money(rates.travelEstimate()),
                    true));
        }

        BigDecimal sum = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(SCALE), BigDecimal::add);
        BigDecimal vat = money(sum.multiply(VAT_RATE));
        return new Quote(
                lines,
                sum,
                vat,
                sum.add(vat),
                participants,
                municipalities,
                share(sum, participants),
                share(sum, municipalities));
    }

    /** Whether a line is an estimate (travel at cost). */
    public boolean hasEstimate() {
        return lines.stream().anyMatch(Line::estimate);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(BigDecimal sum, long divisor) {
        return divisor <= 0 ? null : sum.divide(BigDecimal.valueOf(divisor), SCALE, RoundingMode.HALF_UP);
    }
}
