package no.samla.gathering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Coordinators add links and upload files as material; refused input saves nothing and says why next to the field. */
@SamlaTest
class MaterialFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Materials materials;

    @Autowired
    QueryCounter queries;

    long programme;
    long gathering;
    String page;

    @BeforeEach
    void onTheSecondGatheringOfTheDrammenSchool() {
        programme = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        gathering = jdbc.queryForObject(
                "select id from gathering where programme_id = ? and number = 2", Long.class, programme);
        page = "/programmes/" + programme + "/gatherings/" + gathering + "/material";
    }

    @Test
    void aLinkIsAddedAndShownOnTheGatheringPage() throws Exception {
        String title = "Artikkel " + System.nanoTime();
        as(
                        DemoUsers.COORDINATOR,
                        post(page)
                                .param("linkKind", "AFTER")
                                .param("linkTitle", "  " + title + " ")
                                .param("url", "https://example.org/artikkel"))
                .andExpect(redirectedUrl(page));

        assertThat(jdbc.queryForMap("select kind, url, file_name from gathering_material where title = ?", title))
                .containsEntry("kind", "AFTER")
                .containsEntry("url", "https://example.org/artikkel")
                .containsEntry("file_name", null);
        assertThat(body(as(DemoUsers.LEADER, get("/gatherings/" + gathering)))).contains(title);
    }

    @Test
    void aLinkThatIsNotHttpOrHttpsIsRefusedNextToTheFieldWithWhatWasTypedKept() throws Exception {
        long before = count();
        for (String url :
                new String[] {"javascript:alert(1)", "data:text/html,hi", "ftp://example.org/x", "/relative", "https://"
                }) {
            String html = body(as(
                            DemoUsers.COORDINATOR,
                            post(page)
                                    .param("linkKind", "BEFORE")
                                    .param("linkTitle", "Skummel lenke")
                                    .param("url", url))
                    .andExpect(status().isUnprocessableContent()));
            assertThat(html)
                    .as(url)
                    .contains("id=\"url-error\"")
                    .contains("Skriv en hel adresse som begynner med https:// eller http://.")
                    .contains("value=\"Skummel lenke\"");
        }
        String empty = body(as(DemoUsers.COORDINATOR, post(page).param("linkKind", "BEFORE"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(empty).contains("id=\"linkTitle-error\"").contains("id=\"url-error\"");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aPdfIsUploadedAndDownloadsUnchanged() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        as(DemoUsers.COORDINATOR, upload("Program.pdf", "application/pdf", pdf, "Programmet"))
                .andExpect(redirectedUrl(page));

        long id = jdbc.queryForObject(
                "select max(id) from gathering_material where gathering_id = ? and title = 'Programmet'",
                Long.class,
                gathering);
        assertThat(jdbc.queryForMap(
                        "select content_type, size_bytes, file_name from gathering_material where id = ?", id))
                .containsEntry("content_type", "application/pdf")
                .containsEntry("size_bytes", (long) pdf.length)
                .containsEntry("file_name", "Program.pdf");
        var response = as(DemoUsers.LEADER, get("/gatherings/" + gathering + "/material/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
        // A download with its stored type, never shown in the page's origin as something to run.
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void officeAndOpenDocumentFilesAreRecognisedByTheirContent() throws Exception {
        as(
                        DemoUsers.COORDINATOR,
                        upload("Plan.docx", "application/octet-stream", officeFile("word/document.xml"), "Plan"))
                .andExpect(redirectedUrl(page));
        as(
                        DemoUsers.COORDINATOR,
                        upload(
                                "Tall.odt",
                                "application/octet-stream",
                                openDocument("application/vnd.oasis.opendocument.text"),
                                "Tekst"))
                .andExpect(redirectedUrl(page));
        // a spreadsheet named as a text document is not what it says
        String html = body(as(
                        DemoUsers.COORDINATOR,
                        upload("Plan.docx", "application/octet-stream", officeFile("xl/workbook.xml"), "Feil"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(html).contains("Innholdet i fila er ikke en DOCX-fil.");
    }

    @Test
    void forbiddenTypesAndMismatchedContentAreRefusedNextToTheFileFieldAndNothingIsSaved() throws Exception {
        long before = count();
        long filesBefore = files();
        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        String[][] refused = {
            {"program.exe", "Denne filtypen er ikke tillatt."},
            {"side.html", "Denne filtypen er ikke tillatt."},
            {"tegning.svg", "Denne filtypen er ikke tillatt."},
            {"uten-endelse", "Denne filtypen er ikke tillatt."},
            {"program.pdf", "Innholdet i fila er ikke en PDF-fil."},
            {"bilde.png", "Innholdet i fila er ikke en PNG-fil."},
            {"notat.txt", "Innholdet i fila er ikke en TXT-fil."},
        };
        for (String[] file : refused) {
            String html = body(as(DemoUsers.COORDINATOR, upload(file[0], "application/pdf", exe, "Mitt vedlegg"))
                    .andExpect(status().isUnprocessableContent()));
            assertThat(html)
                    .as(file[0])
                    .contains("id=\"file-error\"")
                    .contains(file[1])
                    .contains("aria-describedby=\"file-hint file-error\"")
                    .contains("value=\"Mitt vedlegg\"");
        }
        String markup = body(as(
                        DemoUsers.COORDINATOR,
                        upload(
                                "notat.txt",
                                "text/plain",
                                "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                                "Notat"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(markup).contains("Innholdet i fila er ikke en TXT-fil.");
        String svg = body(as(
                        DemoUsers.COORDINATOR,
                        upload(
                                "bilde.png",
                                "image/png",
                                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8),
                                "Bilde"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(svg).contains("Innholdet i fila er ikke en PNG-fil.");
        String none = body(as(
                        DemoUsers.COORDINATOR,
                        multipart(page + "/files").param("fileKind", "BEFORE").param("fileTitle", "Tom"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(none).contains("id=\"file-error\"").contains("Velg en fil.");
        assertThat(count()).isEqualTo(before);
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitNextToTheFieldAndNothingIsSaved() throws Exception {
        long before = count();
        long filesBefore = files();
        byte[] large = new byte[(int) materials.maxFileSize().toBytes() + 1];
        Arrays.fill(large, (byte) 'a');
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);

        String html = body(as(DemoUsers.COORDINATOR, upload("stor.pdf", "application/pdf", large, "Stor fil"))
                .andExpect(status().isPayloadTooLarge()));

        assertThat(html)
                .contains("id=\"file-error\"")
                .contains("Fila er større enn 20 MB.")
                .contains("aria-describedby=\"file-hint file-error\"")
                .contains("value=\"Stor fil\"");
        assertThat(count()).isEqualTo(before);
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void materialIsDeletedWithItsFile() throws Exception {
        Material material = materials.addFile(
                programme,
                gathering,
                MaterialKind.BEFORE,
                "Slettes",
                "slettes.txt",
                "bort".getBytes(StandardCharsets.UTF_8),
                null);

        as(DemoUsers.COORDINATOR, post(page + "/" + material.getId() + "/delete"))
                .andExpect(redirectedUrl(page));

        assertThat(jdbc.queryForObject(
                        "select count(*) from gathering_material where id = ?", Long.class, material.getId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from gathering_material_file where material_id = ?",
                        Long.class,
                        material.getId()))
                .isZero();
    }

    @Test
    void materialOfAnotherProgrammesGatheringIsNotReachedThroughThisOne() throws Exception {
        long other = jdbc.queryForObject(
                "select m.id from gathering_material m join gathering g on g.id = m.gathering_id join programme p"
                        + " on p.id = g.programme_id where p.name = ? order by m.id limit 1",
                Long.class,
                DemoProgrammes.INNLANDET_INNOVATION);
        as(DemoUsers.ADMIN, post(page + "/" + other + "/delete")).andExpect(status().isNotFound());
        long otherGathering =
                jdbc.queryForObject("select gathering_id from gathering_material where id = ?", Long.class, other);
        as(DemoUsers.ADMIN, get("/programmes/" + programme + "/gatherings/" + otherGathering + "/material"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from gathering_material where id = ?", Long.class, other))
                .isOne();
    }

    @Test
    void theMaterialPageRunsTheSameNumberOfQueriesWithMoreMaterial() throws Exception {
        long gathering5 = jdbc.queryForObject(
                "select id from gathering where programme_id = ? and number = 5", Long.class, programme);
        String url = "/programmes/" + programme + "/gatherings/" + gathering5 + "/material";
        add(gathering5, 1);
        long before =
                queries.countDuring(() -> as(DemoUsers.COORDINATOR, get(url)).andExpect(status().isOk()));
        add(gathering5, 15);
        long after =
                queries.countDuring(() -> as(DemoUsers.COORDINATOR, get(url)).andExpect(status().isOk()));

        assertThat(after).isEqualTo(before);
        assertThat(before).isLessThanOrEqualTo(8);
        System.out.println("Material page as a coordinator: " + before + " SQL statements");
    }

    private void add(long gatheringId, int times) {
        for (int i = 0; i < times; i++) {
            materials.addLink(
                    programme, gatheringId, MaterialKind.AFTER, "Lenke " + i, "https://example.org/" + i, null);
            materials.addFile(
                    programme,
                    gatheringId,
                    MaterialKind.BEFORE,
                    "Fil " + i,
                    "fil-" + i + ".txt",
                    new byte[] {'x'},
                    null);
        }
    }

    private AbstractMockHttpServletRequestBuilder<?> upload(String name, String type, byte[] content, String title) {
        return multipart(page + "/files")
                .file(new MockMultipartFile("file", name, type, content))
                .param("fileKind", "BEFORE")
                .param("fileTitle", title);
    }

    private static byte[] officeFile(String mainPart) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(mainPart));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] openDocument(String mediaType) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from gathering_material", Long.class);
    }

    private long files() {
        return jdbc.queryForObject("select count(*) from gathering_material_file", Long.class);
    }

    private ResultActions as(DemoUsers user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user.as(accounts)).with(csrf()));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
