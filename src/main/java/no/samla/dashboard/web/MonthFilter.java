package no.samla.dashboard.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import no.samla.dashboard.MunicipalityDashboards;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboards' month filter as the user typed it (yyyy-mm; blank for the default), with the months it names or
 * the field it fails on and why. A browser without a month picker shows a plain text field, so a month that does
 * not exist is something a person can type, and gets a message beside the field rather than an error page.
 *
 * @param from the "from" field as typed, or blank
 * @param to the "to" field as typed, or blank
 * @param start the first month, or null for the default (also when the filter is wrong)
 * @param end the last month, or null for the default (also when the filter is wrong)
 * @param errorField {@code from} or {@code to} when the filter is wrong
 * @param errorKey the message that says why
 */
public record MonthFilter(String from, String to, YearMonth start, YearMonth end, String errorField, String errorKey) {

    static MonthFilter read(String from, String to) {
        String typedFrom = from == null ? "" : from.strip();
        String typedTo = to == null ? "" : to.strip();
        YearMonth start = typedFrom.isEmpty() ? null : month(typedFrom);
        YearMonth end = typedTo.isEmpty() ? null : month(typedTo);
        if (!typedFrom.isEmpty() && start == null) {
            return wrong(typedFrom, typedTo, "from", "dashboard.filter.noSuchMonth");
        }
        if (!typedTo.isEmpty() && end == null) {
            return wrong(typedFrom, typedTo, "to", "dashboard.filter.noSuchMonth");
        }
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                return wrong(typedFrom, typedTo, "to", "dashboard.filter.endsBeforeStart");
            }
            if (ChronoUnit.MONTHS.between(start, end) >= MunicipalityDashboards.LONGEST_TREND) {
                return wrong(typedFrom, typedTo, "to", "dashboard.filter.tooLong");
            }
        }
        return new MonthFilter(typedFrom, typedTo, start, end, null, null);
    }

    public boolean wrong() {
        return errorKey != null;
    }

    /** Whether the filter is wrong at this field ({@code from} or {@code to}). */
    public boolean wrongAt(String field) {
        return wrong() && errorField.equals(field);
    }

    /** What was typed in this field ({@code from} or {@code to}). */
    public String typed(String field) {
        return "from".equals(field) ? from : to;
    }

    /** The months, for an export: it has no field to show a message beside, so a wrong filter is a bad request. */
    MonthFilter orBadRequest() {
        if (wrong()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Month filter: " + errorKey);
        }
        return this;
    }

    /** The longest period, for the message that says it is too long. */
    public int longestMonths() {
        return MunicipalityDashboards.LONGEST_TREND;
    }

    private static MonthFilter wrong(String from, String to, String field, String key) {
        return new MonthFilter(from, to, null, null, field, key);
    }

    private static YearMonth month(String value) {
        try {
            YearMonth month = YearMonth.parse(value);
            return month.getYear() < 2000 || month.getYear() > 2100 ? null : month;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
