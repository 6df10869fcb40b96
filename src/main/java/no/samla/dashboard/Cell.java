package no.samla.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import no.samla.report.ReportNumbers;

/**
 * A value in a dashboard table, typed so that the page shows it in the reader's language, a spreadsheet gets a number
 * or a date, and a chart can draw it. A cell may link to the list behind it.
 */
public sealed interface Cell {

    /** The cell as the page and the CSV show it. */
    String display(Locale locale);

    /** Where the figure leads (the list behind it), or null. */
    String href();

    /** Whether the cell is a figure, aligned right. */
    default boolean figure() {
        return false;
    }

    /**
     * The cell as a page shows it, worked out before rendering: one concrete type for every kind of cell, so that the
     * template's expressions resolve their methods once instead of once per cell of another kind.
     */
    record Shown(String text, String href, boolean figure) {}

    default Shown shown(Locale locale) {
        return new Shown(display(locale), href(), figure());
    }

    record Text(String text, String href) implements Cell {
        @Override
        public String display(Locale locale) {
            return text == null ? "" : text;
        }
    }

    record Count(long value, String href) implements Cell {
        @Override
        public String display(Locale locale) {
            return ReportNumbers.count(value, locale);
        }

        @Override
        public boolean figure() {
            return true;
        }
    }

    /** {@code part} of {@code whole}; no figure when the whole is nothing. */
    record Percent(long part, long whole, String href) implements Cell {
        @Override
        public String display(Locale locale) {
            return ReportNumbers.percent(part, whole, locale);
        }

        /** The share from 0 to 1, or null when there is no whole. */
        public Double share() {
            return whole == 0 ? null : (double) part / whole;
        }

        @Override
        public boolean figure() {
            return true;
        }
    }

    /** A mean or ratio with one decimal; null for none. */
    record Decimal(Double value) implements Cell {
        @Override
        public String display(Locale locale) {
            return ReportNumbers.mean(value, locale);
        }

        @Override
        public String href() {
            return null;
        }

        @Override
        public boolean figure() {
            return true;
        }
    }

    record Date(LocalDate value) implements Cell {
        @Override
        public String display(Locale locale) {
            return value == null
                    ? ReportNumbers.NONE
                    : DateTimeFormatter.ofPattern("dd.MM.yyyy").format(value);
        }

        @Override
        public String href() {
            return null;
        }
    }

    record Month(YearMonth value) implements Cell {
        @Override
        public String display(Locale locale) {
            String name = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(value);
            return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        }

        @Override
        public String href() {
            return null;
        }
    }

    static Text text(String text) {
        return new Text(text, null);
    }

    static Count count(long value) {
        return new Count(value, null);
    }

    static Percent percent(long part, long whole) {
        return new Percent(part, whole, null);
    }
}
