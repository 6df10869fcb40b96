package no.samla.innovation.benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A benefit's values the Norwegian way in every language: 12 500, 4,5, -3; no-break spaces group thousands, at most
 * two decimals and none when they are zero. As a form shows them, with ordinary spaces. Used in templates as
 * {@code @benefitNumbers}.
 */
@Component("benefitNumbers")
public class BenefitNumbers {

    public String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nb"));
        symbols.setGroupingSeparator('\u00A0');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        return format.format(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** The value followed by its unit. */
    public String withUnit(BigDecimal value, String unit) {
        return format(value) + '\u00A0' + unit;
    }

    public String input(BigDecimal value) {
        return format(value).replace('\u00A0', ' ');
    }
}
