package no.samla.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * What a provider charges, in NOK excluding VAT. The defaults are the example rates of a consultancy's
 * programme: 21 875 per adviser day, two advisers, 17 500 per network day of two meetings, 2 187.50 an
 * hour of coaching, 17 500 for evaluation and follow-up.
 */
@Embeddable
public record Rates(
        @Column(name = "adviser_day_rate") BigDecimal adviserDayRate,
        @Column(name = "advisers_per_gathering") int advisersPerGathering,
        @Column(name = "network_day_rate") BigDecimal networkDayRate,
        @Column(name = "network_meetings_per_day") int networkMeetingsPerDay,
        @Column(name = "coaching_hourly_rate") BigDecimal coachingHourlyRate,
        @Column(name = "coaching_hours_per_session") BigDecimal coachingHoursPerSession,
        @Column(name = "evaluation_amount") BigDecimal evaluationAmount,
        @Column(name = "travel_estimate") BigDecimal travelEstimate) {

    public static Rates defaults() {
        return new Rates(
                new BigDecimal("21875.00"),
                2,
                new BigDecimal("17500.00"),
                2,
                new BigDecimal("2187.50"),
                new BigDecimal("1.00"),
                new BigDecimal("17500.00"),
                null);
    }
}
