package no.samla.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Figures as a report shows them in the reader's language: Norwegian style in bokmål and nynorsk (1 234, 3,7, 66 %,
 * with no-break spaces), English style otherwise (1,234, 3.7, 66%). {@value #NONE} stands for a figure that does not
 * exist, such as a rate of nobody.
 */
public final class ReportNumbers {

    public static final String NONE = "–";

    private static final char NO_BREAK_SPACE = '\u00A0';
    private static final Pattern FIGURE = Pattern.compile("[\\d\\s\u00A0.,%–-]*\\d[\\d\\s\u00A0.,%–-]*|–");

    private static final Map<String, DecimalFormat> FORMATS = new ConcurrentHashMap<>();

    private ReportNumbers() {}

    /** The language of a report: "nb", "nn" or "en". */
    public static String language(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nn", "en" -> locale.getLanguage();
            default -> "nb";
        };
    }

    public static String count(long value, Locale locale) {
        return format("#,##0", locale).format(value);
    }

    /** {@code part} of {@code whole} in whole per cent, or {@value #NONE} when the whole is nothing. */
    public static String percent(long part, long whole, Locale locale) {
        if (whole == 0) {
            return NONE;
        }
        long percent = Math.round(100.0 * part / whole);
        return count(percent, locale) + (norwegian(locale) ? NO_BREAK_SPACE + "%" : "%");
    }

    /** A mean with one decimal, or {@value #NONE} for none. */
    public static String mean(Double value, Locale locale) {
        return value == null ? NONE : format("0.0", locale).format(value);
    }

    /** Whether a cell holds a figure (a count, a rate, a mean or {@value #NONE}). */
    public static boolean isFigure(String cell) {
        return cell != null && FIGURE.matcher(cell.strip()).matches();
    }

    /**
     * Whether a column of cells is one of figures, which tables align to the right: at least one figure, and besides
     * figures only words without digits (such as "too few answers") or blanks.
     */
    public static boolean isFigureColumn(java.util.List<String> cells) {
        return cells.stream().anyMatch(ReportNumbers::isFigure)
                && cells.stream()
                        .allMatch(cell -> isFigure(cell) || cell.chars().noneMatch(Character::isDigit));
    }

    private static boolean norwegian(Locale locale) {
        return !"en".equals(language(locale));
    }

    /**
     * A format of its own for the caller (a DecimalFormat is not thread-safe), copied from one made once per pattern and
     * style: making one anew showed in the profile of a dashboard with a few thousand figures.
     */
    private static DecimalFormat format(String pattern, Locale locale) {
        boolean norwegian = norwegian(locale);
        return (DecimalFormat)
                FORMATS.computeIfAbsent(pattern + (norwegian ? ":no" : ":en"), key -> newFormat(pattern, locale))
                        .clone();
    }

    private static DecimalFormat newFormat(String pattern, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(norwegian(locale) ? NO_BREAK_SPACE : ',');
        symbols.setDecimalSeparator(norwegian(locale) ? ',' : '.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
