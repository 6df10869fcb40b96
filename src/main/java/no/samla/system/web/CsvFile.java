package no.samla.system.web;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file for Excel as set up in Norway: UTF-8 with a byte order mark, {@code ;} between fields, CRLF line ends,
 * fields quoted where they hold a separator, quote or line break, and a leading =, +, - or @ defused (except in a plain
 * number such as -0,25) so that no cell runs as a formula.
 */
public final class CsvFile {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StringBuilder out = new StringBuilder();

    public CsvFile line(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(quoted(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public CsvFile emptyLine() {
        out.append("\r\n");
        return this;
    }

    public byte[] bytes() {
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    /** A number with one decimal and a decimal comma, as Excel in Norway reads it. */
    public static String decimal(double value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("0.0", symbols).format(value);
    }

    static String quoted(String value) {
        boolean number = value.matches("-?\\d+(,\\d+)?");
        String safe = !number && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
