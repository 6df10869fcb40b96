package no.samla.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.samla.dashboard.Cell;
import no.samla.dashboard.DashboardTable;
import no.samla.system.web.CsvFile;
import no.samla.system.web.Downloads;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A dashboard table as a file. CSV for Excel as set up in Norway (UTF-8 with a byte order mark, {@code ;}, a decimal
 * comma, dates as dd.mm.yyyy); XLSX with real numbers, shares as per cent and dates as dates, so that a spreadsheet
 * can sum and sort them. Both hold the caption, the summary and exactly the rows the page shows.
 */
final class TableFiles {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private TableFiles() {}

    static ResponseEntity<byte[]> file(DashboardTable table, String format, String name, Locale locale) {
        return switch (format) {
            case "csv" -> Downloads.attachment(csv(table, locale), CSV, name + ".csv");
            case "xlsx" -> Downloads.attachment(xlsx(table, locale), XLSX, name + ".xlsx");
            default -> ResponseEntity.notFound().build();
        };
    }

    static byte[] csv(DashboardTable table, Locale locale) {
        CsvFile file = new CsvFile().line(List.of(table.caption()));
        table.summary().forEach(sentence -> file.line(List.of(sentence)));
        file.emptyLine().line(table.columns());
        for (List<Cell> row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(csvValue(cell, locale));
            }
            file.line(cells);
        }
        return file.bytes();
    }

    /** Numbers without grouping and with a decimal comma, shares as per cent with one decimal, as Excel in Norway reads them. */
    private static String csvValue(Cell cell, Locale locale) {
        if (cell instanceof Cell.Count count) {
            return Long.toString(count.value());
        }
        if (cell instanceof Cell.Percent percent) {
            return percent.share() == null ? "" : CsvFile.decimal(percent.share() * 100) + " %";
        }
        if (cell instanceof Cell.Decimal decimal) {
            return decimal.value() == null ? "" : CsvFile.decimal(decimal.value());
        }
        return cell.display(locale);
    }

    static byte[] xlsx(DashboardTable table, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Samla", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(table.caption()));
            sheet.value(0, 0, table.caption());
            sheet.style(0, 0).bold().set();
            int r = 1;
            for (String sentence : table.summary()) {
                sheet.value(r++, 0, sentence);
            }
            r++;
            for (int c = 0; c < table.columns().size(); c++) {
                sheet.value(r, c, table.columns().get(c));
                sheet.style(r, c).bold().set();
            }
            for (List<Cell> row : table.rows()) {
                r++;
                for (int c = 0; c < row.size(); c++) {
                    write(sheet, r, c, row.get(c), locale);
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, int r, int c, Cell cell, Locale locale) {
        if (cell instanceof Cell.Count count) {
            sheet.value(r, c, count.value());
        } else if (cell instanceof Cell.Percent percent) {
            if (percent.share() != null) {
                sheet.value(r, c, percent.share());
                sheet.style(r, c).format("0%").set();
            }
        } else if (cell instanceof Cell.Decimal decimal) {
            if (decimal.value() != null) {
                sheet.value(r, c, decimal.value());
                sheet.style(r, c).format("0.0").set();
            }
        } else if (cell instanceof Cell.Date date) {
            if (date.value() != null) {
                sheet.value(r, c, date.value());
                sheet.style(r, c).format("dd.mm.yyyy").set();
            }
        } else if (cell instanceof Cell.Month month) {
            sheet.value(r, c, month.value().atDay(1));
            sheet.style(r, c).format("mmm yyyy").set();
        } else {
            sheet.value(r, c, cell.display(locale));
        }
    }

    /** A sheet name Excel accepts: at most 31 characters, none of []:*?/\. */
    private static String sheetName(String caption) {
        String name = caption.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.isEmpty() ? "Samla" : name.length() > 31 ? name.substring(0, 31) : name;
    }
}
