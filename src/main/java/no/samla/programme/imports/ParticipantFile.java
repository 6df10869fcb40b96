package no.samla.programme.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads a participant list: a CSV file (UTF-8 with or without BOM, ";" or "," as chosen by the heading
 * row, fields in double quotes when they need it) or the first sheet of an XLSX workbook. The first
 * row that is not empty names the columns; empty rows are skipped but keep their place in the row
 * numbering, so that a row number points to the same row the person sees in Excel (a CSV row with a
 * line break inside quotes counts as one).
 */
final class ParticipantFile {

    /** More rows than a programme ever has; a longer file is refused before anything is checked. */
    static final int MAX_ROWS = 10_000;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ParticipantFile() {}

    /** One row of cells and its number in the file, counted from 1. */
    record RawRow(int number, List<String> cells) {

        boolean isEmpty() {
            return cells.stream().allMatch(String::isBlank);
        }

        String cell(int index) {
            return index < cells.size() ? cells.get(index).strip() : "";
        }
    }

    static List<ImportRow> read(String fileName, byte[] content) throws ImportFileException {
        if (content == null || content.length == 0) {
            throw new ImportFileException("import.file.empty");
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        List<RawRow> rows;
        if (name.endsWith(".xlsx") || isZip(content)) {
            rows = readXlsx(content);
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            rows = readCsv(decode(content));
        } else {
            throw new ImportFileException("import.file.type");
        }
        return toImportRows(rows);
    }

    /** XLSX is a zip file: "PK", 3, 4. */
    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    static List<ImportRow> toImportRows(List<RawRow> rows) throws ImportFileException {
        Iterator<RawRow> remaining = rows.iterator();
        if (!remaining.hasNext()) {
            throw new ImportFileException("import.file.empty");
        }
        RawRow heading = remaining.next();
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int index = 0; index < heading.cells().size(); index++) {
            int at = index;
            Column.forHeading(heading.cells().get(index)).ifPresent(column -> columns.putIfAbsent(column, at));
        }
        List<Column> missing = Stream.of(Column.values())
                .filter(column -> column.isRequired() && !columns.containsKey(column))
                .toList();
        if (!missing.isEmpty()) {
            throw new ImportFileException("import.file.columns", missing);
        }
        List<ImportRow> imported = new ArrayList<>();
        while (remaining.hasNext()) {
            RawRow row = remaining.next();
            imported.add(new ImportRow(
                    row.number(),
                    cell(row, columns, Column.NAME),
                    cell(row, columns, Column.EMAIL),
                    cell(row, columns, Column.TITLE),
                    cell(row, columns, Column.MUNICIPALITY_NUMBER),
                    cell(row, columns, Column.UNIT),
                    cell(row, columns, Column.SECTOR),
                    cell(row, columns, Column.LEADER_GROUP)));
        }
        if (imported.isEmpty()) {
            throw new ImportFileException("import.file.noRows");
        }
        return imported;
    }

    private static String cell(RawRow row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    /** UTF-8 only: anything else would turn æ, ø and å into garbage, so it is refused with a hint. */
    static String decode(byte[] content) throws ImportFileException {
        int start = startsWithBom(content) ? BOM.length : 0;
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                throw new ImportFileException("import.file.type");
            }
            return text;
        } catch (CharacterCodingException notUtf8) {
            throw new ImportFileException("import.file.encoding");
        }
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
    }

    /** RFC 4180 with the separator of the heading row: whichever of ";" and "," it has more of. */
    static List<RawRow> readCsv(String text) throws ImportFileException {
        char separator = separator(text);
        List<RawRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int rowNumber = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && (field.isEmpty() || field.toString().isBlank()) && !fieldWasQuoted) {
                field.setLength(0);
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == separator) {
                cells.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(field.toString());
                add(rows, new RawRow(rowNumber++, cells));
                cells = new ArrayList<>();
                field.setLength(0);
                fieldWasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ImportFileException("import.file.openQuote", rowNumber);
        }
        if (!field.isEmpty() || !cells.isEmpty() || fieldWasQuoted) {
            cells.add(field.toString());
            add(rows, new RawRow(rowNumber, cells));
        }
        return rows;
    }

    private static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas > 0) {
                    break;
                }
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /** The first sheet; numbers that Excel stored as numbers ("301", "3301.0") come back as written. */
    static List<RawRow> readXlsx(byte[] content) throws ImportFileException {
        List<RawRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = sheet.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int index = 0; index < row.getCellCount(); index++) {
                    cells.add(row.getOptionalCell(index)
                            .map(ParticipantFile::text)
                            .orElse(""));
                }
                add(rows, new RawRow(row.getRowNum(), cells));
            }
        } catch (ImportFileException tooLong) {
            throw tooLong;
        } catch (IOException | RuntimeException unreadable) {
            // Not a workbook after all, a damaged one, or one fastexcel cannot read: the person gets a hint.
            throw new ImportFileException("import.file.unreadable");
        }
        return rows;
    }

    private static String text(Cell cell) {
        String text = cell.getText();
        if (text == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> text.replaceFirst("\\.0+$", "");
            default -> text;
        };
    }

    /** Keeps the rows that have something in them, and stops at a file longer than {@link #MAX_ROWS}. */
    private static void add(List<RawRow> rows, RawRow row) throws ImportFileException {
        if (row.isEmpty()) {
            return;
        }
        rows.add(row);
        if (rows.size() > MAX_ROWS + 1) {
            throw new ImportFileException("import.file.tooManyRows", MAX_ROWS);
        }
    }
}
