package no.samla.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of one column of a table, drawn as SVG by the page next to the table it repeats: a share is
 * drawn against a whole bar, a count against the largest count. Each bar carries its label and value as text, so no
 * meaning rests on length or colour alone.
 */
public record Chart(List<Bar> bars, int height) {

    public static final int WIDTH = 320;
    public static final int ROW = 40;

    public record Bar(String label, String value, double width, int y) {}

    /** The longest label drawn; the table under the chart holds the whole text. */
    static final int LONGEST_LABEL = 40;

    private static String shortened(String label) {
        return label.length() <= LONGEST_LABEL
                ? label
                : label.substring(0, LONGEST_LABEL - 1).strip() + "…";
    }

    /** The drawing's width, which a bar for a whole fills. */
    public int width() {
        return WIDTH;
    }

    static Chart of(DashboardTable table, int valueColumn, Locale locale) {
        double largest = 0;
        for (List<Cell> row : table.rows()) {
            if (row.get(valueColumn) instanceof Cell.Count count) {
                largest = Math.max(largest, count.value());
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (List<Cell> row : table.rows()) {
            Cell cell = row.get(valueColumn);
            double fraction = 0;
            if (cell instanceof Cell.Percent percent && percent.share() != null) {
                fraction = percent.share();
            } else if (cell instanceof Cell.Count count && largest > 0) {
                fraction = count.value() / largest;
            } else if (cell instanceof Cell.Decimal decimal && decimal.value() != null) {
                fraction = decimal.value() / 5.0;
            }
            bars.add(new Bar(
                    shortened(row.get(0).display(locale)),
                    cell.display(locale),
                    Math.round(Math.min(1, fraction) * WIDTH * 10) / 10.0,
                    bars.size() * ROW));
        }
        return new Chart(bars, Math.max(ROW, bars.size() * ROW));
    }
}
