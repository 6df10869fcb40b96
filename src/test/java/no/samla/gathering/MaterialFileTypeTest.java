package no.samla.gathering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Files are known by extension and by their first bytes together. */
class MaterialFileTypeTest {

    @Test
    void onlyTheAllowedExtensionsAreKnown() {
        assertThat(MaterialFileType.byName("Plan.PDF")).contains(MaterialFileType.PDF);
        assertThat(MaterialFileType.byName("bilde.jpeg")).contains(MaterialFileType.JPEG);
        assertThat(MaterialFileType.byName("video.mp4")).contains(MaterialFileType.MP4);
        for (String name : new String[] {"x.exe", "x.html", "x.htm", "x.svg", "x.js", "x.docm", "x", "x.pdf.exe"}) {
            assertThat(MaterialFileType.byName(name)).as(name).isEmpty();
        }
    }

    @Test
    void contentMustMatchTheExtension() throws Exception {
        assertThat(MaterialFileType.PDF.matches("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        assertThat(MaterialFileType.PDF.matches(new byte[] {'M', 'Z', 0, 0})).isFalse();
        assertThat(MaterialFileType.PNG.matches(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}))
                .isTrue();
        assertThat(MaterialFileType.JPEG.matches(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
                .isTrue();
        assertThat(MaterialFileType.MP4.matches(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}))
                .isTrue();
        assertThat(MaterialFileType.MP4.matches(new byte[] {0, 0, 0})).isFalse();
        assertThat(MaterialFileType.XLSX.matches(zip("xl/workbook.xml"))).isTrue();
        assertThat(MaterialFileType.PPTX.matches(zip("xl/workbook.xml"))).isFalse();
        assertThat(MaterialFileType.DOCX.matches(zip("word/document.xml", "word/vbaProject.bin")))
                .isFalse();
        assertThat(MaterialFileType.ODS.matches(zip("word/document.xml"))).isFalse();
    }

    @Test
    void textIsTextAndNotMarkup() {
        assertThat(MaterialFileType.TXT.matches("Hei, æøå!\r\n\tneste linje".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(MaterialFileType.TXT.matches("Hei, æøå".getBytes(StandardCharsets.ISO_8859_1)))
                .isTrue();
        assertThat(MaterialFileType.TXT.matches(new byte[] {'a', 0, 'b'})).isFalse();
        assertThat(MaterialFileType.TXT.matches("  <HTML><body>".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(MaterialFileType.TXT.matches("\ufeff<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(MaterialFileType.TXT.contentTypeOf("æøå".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/plain; charset=UTF-8");
        assertThat(MaterialFileType.TXT.contentTypeOf("æøå".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("text/plain; charset=windows-1252");
    }

    @Test
    void aBrokenZipIsNotAnOfficeFile() {
        byte[] truncated = new byte[] {
            'P',
            'K',
            3,
            4,
            0,
            0,
            'P',
            'K',
            5,
            6,
            0,
            0,
            0,
            0,
            9,
            9,
            9,
            9,
            9,
            9,
            9,
            9,
            9,
            9,
            (byte) 0xff,
            (byte) 0xff,
            (byte) 0xff,
            0x7f,
            0,
            0
        };
        assertThat(MaterialFileType.DOCX.matches(truncated)).isFalse();
        assertThat(MaterialFileType.zipEntryNames(new byte[] {1, 2, 3})).isEmpty();
    }

    private static byte[] zip(String... names) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
