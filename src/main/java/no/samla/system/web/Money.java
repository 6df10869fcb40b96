package no.samla.system.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Amounts in NOK the Norwegian way, in every language: 332 500,00 kr, with no-break spaces so an amount
 * never wraps. Used in templates as {@code @money}; {@link #parse} reads amounts as people type them.
 */
@Component("money")
public class Money {

    /** The thousands separator and the space before "kr": a no-break space. */
    public static final char NO_BREAK_SPACE = '\u00A0';

    /** What is shown for an amount that does not exist, such as a cost per participant without participants. */
    public static final String NONE = "–";

    private static final Pattern WHOLE = Pattern.compile("\\d+|\\d{1,3}( \\d{3})+");
    private static final Pattern DECIMALS = Pattern.compile("\\d{1,2}");

    /** 332 500,00 kr; {@value #NONE} for null. */
    public String format(BigDecimal amount) {
        return amount == null ? NONE : number(amount) + NO_BREAK_SPACE + "kr";
    }

    /** 332 500,00 without the currency; {@value #NONE} for null. */
    public String number(BigDecimal amount) {
        return amount == null ? NONE : formatter().format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** An amount as a form shows it for editing: 21 875,50 with ordinary spaces; empty for null. */
    public String input(BigDecimal amount) {
        return amount == null ? "" : number(amount).replace(NO_BREAK_SPACE, ' ');
    }

    /**
     * Reads an amount as people write it: "21875", "21875,50", "21 875,50", "21875.50", "21 875 kr", with
     * a leading minus for negative amounts. Spaces group thousands (groups of three); a comma, or a point
     * followed by one or two digits, starts at most two decimals. Empty when the text is no such amount.
     */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.replace(NO_BREAK_SPACE, ' ')
                .replace('\u202F', ' ')
                .replace('\u2212', '-')
                .strip()
                .replaceAll("(?i)\\s*kr\\.?$", "")
                .replaceAll("\\s+", " ");
        boolean negative = cleaned.startsWith("-");
        if (negative) {
            cleaned = cleaned.substring(1).strip();
        }
        int comma = cleaned.indexOf(',');
        int point = cleaned.indexOf('.');
        if (comma >= 0 && point >= 0) {
            return Optional.empty();
        }
        int separator = Math.max(comma, point);
        String whole = separator < 0 ? cleaned : cleaned.substring(0, separator);
        String decimals = separator < 0 ? "" : cleaned.substring(separator + 1);
        if (!WHOLE.matcher(whole).matches()
                || (separator >= 0 && !DECIMALS.matcher(decimals).matches())) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(whole.replace(" ", "") + (decimals.isEmpty() ? "" : "." + decimals));
        return Optional.of(negative ? value.negate() : value);
    }

    private static DecimalFormat formatter() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(NO_BREAK_SPACE);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
