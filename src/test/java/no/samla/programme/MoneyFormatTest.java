package no.samla.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import no.samla.system.web.Money;
import org.junit.jupiter.api.Test;

/** Amounts are written and read the Norwegian way: 332 500,00 kr. */
class MoneyFormatTest {

    static final String NBSP = "\u00A0";

    final Money money = new Money();

    @Test
    void formatsWithNoBreakSpacesAndADecimalComma() {
        assertThat(money.format(new BigDecimal("332500"))).isEqualTo("332" + NBSP + "500,00" + NBSP + "kr");
        assertThat(money.format(new BigDecimal("332500.00")).replace(NBSP, " ")).isEqualTo("332 500,00 kr");
        assertThat(money.format(new BigDecimal("2187.5"))).isEqualTo("2" + NBSP + "187,50" + NBSP + "kr");
        assertThat(money.format(new BigDecimal("634375.00"))).isEqualTo("634" + NBSP + "375,00" + NBSP + "kr");
        assertThat(money.format(new BigDecimal("1000000.5")))
                .isEqualTo("1" + NBSP + "000" + NBSP + "000,50" + NBSP + "kr");
        assertThat(money.format(new BigDecimal("0"))).isEqualTo("0,00" + NBSP + "kr");
        assertThat(money.format(new BigDecimal("999.99"))).isEqualTo("999,99" + NBSP + "kr");
    }

    @Test
    void noAmountIsADash() {
        assertThat(money.format(null)).isEqualTo("–");
    }

    @Test
    void formsShowAmountsWithOrdinarySpaces() {
        assertThat(money.input(new BigDecimal("21875.00"))).isEqualTo("21 875,00");
        assertThat(money.input(null)).isEmpty();
    }

    @Test
    void readsAmountsAsPeopleTypeThem() {
        assertThat(Money.parse("21875")).contains(new BigDecimal("21875"));
        assertThat(Money.parse("21875,50")).contains(new BigDecimal("21875.50"));
        assertThat(Money.parse("21 875,50")).contains(new BigDecimal("21875.50"));
        assertThat(Money.parse(" 21" + NBSP + "875,5 ")).contains(new BigDecimal("21875.5"));
        assertThat(Money.parse("1 000 000")).contains(new BigDecimal("1000000"));
        assertThat(Money.parse("21875.50")).contains(new BigDecimal("21875.50"));
        assertThat(Money.parse("21 875 kr")).contains(new BigDecimal("21875"));
        assertThat(Money.parse("0")).contains(new BigDecimal("0"));
        assertThat(Money.parse("-500")).contains(new BigDecimal("-500"));
        assertThat(Money.parse("−500,00")).contains(new BigDecimal("-500.00"));
    }

    @Test
    void refusesWhatIsNoAmount() {
        for (String text : new String[] {
            "",
            " ",
            "abc",
            "21,875,50",
            "21.875",
            "1.000.000",
            "21 87",
            "2 1875",
            "21875,505",
            ",50",
            "12,",
            "1e5",
            "21 875.50,00",
            "--5",
            "NaN"
        }) {
            assertThat(Money.parse(text)).as(text).isEmpty();
        }
        assertThat(Money.parse(null)).isEmpty();
    }
}
