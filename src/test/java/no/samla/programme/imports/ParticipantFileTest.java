package no.samla.programme.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** Reading CSV and XLSX participant lists into rows, and refusing files that cannot be read. */
class ParticipantFileTest {

    @Test
    void readsSemicolonSeparatedCsvWithNorwegianHeadings() throws Exception {
        List<ImportRow> rows = csv("""
                Navn;E-post;Stilling;Kommunenummer;Enhet;Sektor;Ledergruppe
                Åse Ødegård;aase@drammen.example;Enhetsleder;3301;Hjemmetjenesten;Helse og omsorg;Helse
                Per Ås;per@drammen.example;;3301;;;
                """);

        assertThat(rows)
                .containsExactly(
                        new ImportRow(
                                2,
                                "Åse Ødegård",
                                "aase@drammen.example",
                                "Enhetsleder",
                                "3301",
                                "Hjemmetjenesten",
                                "Helse og omsorg",
                                "Helse"),
                        new ImportRow(3, "Per Ås", "per@drammen.example", "", "3301", "", "", ""));
    }

    @Test
    void readsCommaSeparatedCsvWithEnglishHeadingsInAnyOrderAndCase() throws Exception {
        List<ImportRow> rows = csv("""
                EMAIL,Municipality Number,NAME,leader_group,Extra column
                kari@stange.example,3413,Kari Li,Toppledergruppen,ignored
                """);

        assertThat(rows)
                .containsExactly(
                        new ImportRow(2, "Kari Li", "kari@stange.example", "", "3413", "", "", "Toppledergruppen"));
    }

    @Test
    void quotedFieldsMayHoldSeparatorsQuotesAndLineBreaks() throws Exception {
        List<ImportRow> rows = csv("navn;e-post;kommunenummer;stilling\r\n"
                + "\"Berg; Ola\";ola@x.example;3301;\"Leder for \"\"Huset\"\"\"\r\n"
                + "\"Nilsen,\nKari\";kari@x.example;3301;\"\"\r\n"
                + "Per;per@x.example;3301;Rektor\r\n");

        assertThat(rows).extracting(ImportRow::name).containsExactly("Berg; Ola", "Nilsen,\nKari", "Per");
        assertThat(rows.get(0).title()).isEqualTo("Leder for \"Huset\"");
        assertThat(rows).extracting(ImportRow::rowNumber).containsExactly(2, 3, 4);
    }

    @Test
    void theSeparatorIsTheOneTheHeadingUsesEvenWhenValuesHoldTheOther() throws Exception {
        List<ImportRow> rows = csv("navn;e-post;kommunenummer;stilling\nOla;ola@x.example;3301;Leder, skole\n");

        assertThat(rows.get(0).title()).isEqualTo("Leder, skole");
    }

    @Test
    void aByteOrderMarkIsSkippedAndEmptyRowsKeepTheirPlaceInTheNumbering() throws Exception {
        byte[] content = ("\uFEFFnavn;e-post;kommunenummer\n\nOla;ola@x.example;3301\n;;\nKari;kari@x.example;3301")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(content[0]).isEqualTo((byte) 0xEF);

        List<ImportRow> rows = ParticipantFile.read("deltakere.csv", content);

        assertThat(rows).extracting(ImportRow::name).containsExactly("Ola", "Kari");
        assertThat(rows).extracting(ImportRow::rowNumber).containsExactly(3, 5);
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWorkbookWithNumbersAsWritten() throws Exception {
        byte[] content = xlsx(
                List.of("Navn", "E-post", "Kommunenummer", "Sektor", "Ledergruppe"),
                List.of("Åse Ødegård", "aase@drammen.example", 3301, "Kultur", "Kultur og fritid"),
                List.of("Oslo-leder", "leder@oslo.example", 301, "", ""));

        List<ImportRow> rows = ParticipantFile.read("deltakere.xlsx", content);

        assertThat(rows)
                .containsExactly(
                        new ImportRow(
                                2, "Åse Ødegård", "aase@drammen.example", "", "3301", "", "Kultur", "Kultur og fritid"),
                        new ImportRow(3, "Oslo-leder", "leder@oslo.example", "", "301", "", "", ""));
    }

    @Test
    void anXlsxIsRecognisedByItsContentWhateverItsName() throws Exception {
        byte[] content = xlsx(List.of("name", "email", "municipality number"), List.of("Ola", "ola@x.example", "3301"));

        assertThat(ParticipantFile.read("export", content)).hasSize(1);
    }

    @Test
    void missingRequiredColumnsAreNamed() {
        assertThatThrownBy(() -> csv("navn;stilling\nOla;Leder\n"))
                .isInstanceOfSatisfying(ImportFileException.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo("import.file.columns");
                    assertThat(problem.argument()).isEqualTo(List.of(Column.EMAIL, Column.MUNICIPALITY_NUMBER));
                });
    }

    @Test
    void filesThatAreNotParticipantListsAreRefusedWithAReason() throws Exception {
        assertRefused("deltakere.csv", new byte[0], "import.file.empty");
        assertRefused("deltakere.csv", "\n;;\n".getBytes(StandardCharsets.UTF_8), "import.file.empty");
        assertRefused(
                "deltakere.csv", "navn;e-post;kommunenummer\n".getBytes(StandardCharsets.UTF_8), "import.file.noRows");
        assertRefused("deltakere.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8), "import.file.type");
        assertRefused("deltakere.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "import.file.type");
        assertRefused(
                "deltakere.csv",
                "navn;e-post;kommunenummer\nÅse;aase@x.example;3301\n".getBytes(Charset.forName("windows-1252")),
                "import.file.encoding");
        assertRefused("deltakere.csv", new byte[] {'a', 0, 'b'}, "import.file.type");
        assertRefused("deltakere.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8), "import.file.unreadable");
        assertRefused(
                "deltakere.csv",
                "navn;e-post;kommunenummer\n\"Ola;ola@x.example;3301\n".getBytes(StandardCharsets.UTF_8),
                "import.file.openQuote");
    }

    @Test
    void aFileWithMoreRowsThanTheLimitIsRefused() {
        StringBuilder text = new StringBuilder("navn;e-post;kommunenummer\n");
        for (int i = 0; i <= ParticipantFile.MAX_ROWS; i++) {
            text.append("Leder ").append(i).append(";l").append(i).append("@x.example;3301\n");
        }
        assertThatThrownBy(() -> csv(text.toString()))
                .isInstanceOfSatisfying(
                        ImportFileException.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("import.file.tooManyRows"));
    }

    private static void assertRefused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> ParticipantFile.read(name, content))
                .as(name)
                .isInstanceOfSatisfying(
                        ImportFileException.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo(key));
    }

    private static List<ImportRow> csv(String text) throws ImportFileException {
        return ParticipantFile.read("deltakere.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** An XLSX workbook with the rows on its first sheet; numbers are written as numbers. */
    static byte[] xlsx(List<?>... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Samla", "1.0");
        Worksheet sheet = workbook.newWorksheet("Deltakere");
        workbook.newWorksheet("Annet ark").value(0, 0, "ignored");
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].size(); c++) {
                Object value = rows[r].get(c);
                if (value instanceof Number number) {
                    sheet.value(r, c, number);
                } else if (!"".equals(value)) {
                    sheet.value(r, c, (String) value);
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
