package no.samla.programme.web;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import no.samla.programme.Programme;
import no.samla.programme.Rates;
import no.samla.system.web.Money;
import org.springframework.validation.Errors;

/**
 * A programme's rates as the price tab's form shows them. The values stay text, so whatever was typed is
 * shown again next to its message; {@link #toRates} reads and checks them.
 */
record RatesForm(
        String adviserDayRate,
        String advisersPerGathering,
        String networkDayRate,
        String networkMeetingsPerDay,
        String coachingHourlyRate,
        String coachingHoursPerSession,
        String evaluationAmount,
        String travelEstimate,
        @NotNull Long version) {

    /** No rate may be above ten million kroner: a larger one is a typing error. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");

    static final int MAX_ADVISERS = 20;
    static final int MAX_MEETINGS_PER_DAY = 10;
    static final BigDecimal MAX_HOURS = new BigDecimal("24");

    static RatesForm of(Programme programme, Money money) {
        Rates rates = programme.getRates();
        return new RatesForm(
                money.input(rates.adviserDayRate()),
                String.valueOf(rates.advisersPerGathering()),
                money.input(rates.networkDayRate()),
                String.valueOf(rates.networkMeetingsPerDay()),
                money.input(rates.coachingHourlyRate()),
                hours(rates.coachingHoursPerSession()),
                money.input(rates.evaluationAmount()),
                money.input(rates.travelEstimate()),
                programme.getVersion());
    }

    /** The rates, or null with a message next to each field that is wrong. */
    Rates toRates(Errors errors, Money money) {
        BigDecimal adviserDay = amount("adviserDayRate", adviserDayRate, true, errors, money);
        Integer advisers = whole("advisersPerGathering", advisersPerGathering, 0, MAX_ADVISERS, errors);
        BigDecimal networkDay = amount("networkDayRate", networkDayRate, true, errors, money);
        Integer meetingsPerDay = whole("networkMeetingsPerDay", networkMeetingsPerDay, 1, MAX_MEETINGS_PER_DAY, errors);
        BigDecimal hourlyRate = amount("coachingHourlyRate", coachingHourlyRate, true, errors, money);
        BigDecimal hours = hours("coachingHoursPerSession", coachingHoursPerSession, errors);
        BigDecimal evaluation = amount("evaluationAmount", evaluationAmount, true, errors, money);
        BigDecimal travel = amount("travelEstimate", travelEstimate, false, errors, money);
        if (errors.hasErrors()) {
            return null;
        }
        return new Rates(adviserDay, advisers, networkDay, meetingsPerDay, hourlyRate, hours, evaluation, travel);
    }

    private static BigDecimal amount(String field, String text, boolean required, Errors errors, Money money) {
        if (isBlank(text)) {
            if (required) {
                errors.rejectValue(field, "quote.rates.required");
            }
            return null;
        }
        Optional<BigDecimal> parsed = Money.parse(text);
        if (parsed.isEmpty()) {
            errors.rejectValue(field, "quote.rates.amount.malformed");
            return null;
        }
        BigDecimal value = parsed.get();
        if (value.signum() < 0) {
            errors.rejectValue(field, "quote.rates.amount.negative");
            return null;
        }
        if (value.compareTo(MAX_AMOUNT) > 0) {
            errors.rejectValue(field, "quote.rates.amount.tooLarge", new Object[] {money.format(MAX_AMOUNT)}, null);
            return null;
        }
        return value.setScale(2);
    }

    private static Integer whole(String field, String text, int min, int max, Errors errors) {
        if (isBlank(text)) {
            errors.rejectValue(field, "quote.rates.required");
            return null;
        }
        String digits = text.strip();
        if (!digits.matches("-?\\d{1,9}")) {
            errors.rejectValue(field, "quote.rates.whole.malformed");
            return null;
        }
        int value = Integer.parseInt(digits);
        if (value < min || value > max) {
            errors.rejectValue(
                    field, "quote.rates.whole.range", new Object[] {String.valueOf(min), String.valueOf(max)}, null);
            return null;
        }
        return value;
    }

    private static BigDecimal hours(String field, String text, Errors errors) {
        if (isBlank(text)) {
            errors.rejectValue(field, "quote.rates.required");
            return null;
        }
        Optional<BigDecimal> parsed = Money.parse(text);
        if (parsed.isEmpty()) {
            errors.rejectValue(field, "quote.rates.hours.malformed");
            return null;
        }
        BigDecimal value = parsed.get();
        if (value.signum() <= 0 || value.compareTo(MAX_HOURS) > 0) {
            errors.rejectValue(field, "quote.rates.hours.range", new Object[] {MAX_HOURS.toPlainString()}, null);
            return null;
        }
        return value.setScale(2);
    }

    /** 1 or 1,5: hours as a form shows them, with a decimal comma and no needless zeros. */
    private static String hours(BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
