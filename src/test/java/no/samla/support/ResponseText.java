package no.samla.support;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.springframework.mock.web.MockHttpServletResponse;

/** The text a person can read in an answer, whatever its format: pages, CSV and ICS as they are, PDF, XLSX and DOCX. */
public final class ResponseText {

    private ResponseText() {}

    public static String of(MockHttpServletResponse response) {
        String type = response.getContentType() == null
                ? ""
                : response.getContentType().toLowerCase(Locale.ROOT);
        byte[] body = response.getContentAsByteArray();
        if (type.startsWith("application/pdf")) {
            return pdf(body);
        }
        if (type.contains("openxmlformats")) {
            return officeXml(body);
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The text of every page of a PDF. */
    public static String pdf(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                return pdf(reader);
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page of a PDF that is open already, for tests that read more of it. */
    public static String pdf(PdfReader reader) throws IOException {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /**
     * The text of every XML part of an Office Open XML file (XLSX, DOCX), markup dropped: every sheet, shared string,
     * paragraph and document property, so that nothing hidden in a part the reader does not look at escapes notice.
     */
    public static String officeXml(byte[] file) {
        StringBuilder text = new StringBuilder();
        try {
            // read through the central directory: writers that stream their parts leave the local sizes out
            Path copy = Files.createTempFile("samla-response", ".zip");
            try (ZipFile zip = new ZipFile(Files.write(copy, file).toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                        String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                        text.append(xml.replaceAll("<[^>]*>", "")).append('\n');
                    }
                }
            } finally {
                Files.delete(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
