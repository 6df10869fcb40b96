package no.samla.privacy.web;

import com.lowagie.text.pdf.PdfOutline;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samla.people.Person;
import no.samla.system.pdf.PdfFonts;
import no.samla.system.pdf.PdfPages;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.web.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's export as files: JSON for another system to read (GDPR article 20) and a PDF for the person to read
 * (article 15). Both hold the same records; the JSON names the fields as the database does, the PDF in words.
 */
@Component
class PersonalDataFiles {

    /** Named in the file, so that a reader knows which layout it is reading if it ever changes. */
    static final String FORMAT = "samla-personal-data/1";

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PdfFonts fonts;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;

    PersonalDataFiles(PdfFonts fonts, MessageSource messages, Dates dates, Clock clock) {
        this.fonts = fonts;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    byte[] json(Person person, PersonalDataExport export) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", FORMAT);
        file.put("exportedAt", clock.instant().toString());
        file.put("personId", person.getId());
        file.put("sections", export.sections());
        return JSON.writeValueAsBytes(file);
    }

    byte[] pdf(Person person, PersonalDataExport export, Locale locale) {
        String title = text("personaldata.pdf.title", locale, person.getFullName());
        PdfPages.Meta meta = new PdfPages.Meta(title, null, text("personaldata.pdf.subject", locale), locale);
        return PdfPages.write(fonts, meta, pages -> {
            pages.bold(title, 20, 0);
            pages.muted(text("personaldata.pdf.exported", locale, dates.dateTime(clock.instant())));
            pages.text(text("personaldata.pdf.lead", locale), 10, 8);
            export.sections().forEach((section, kinds) -> {
                PdfOutline top = pages.heading(null, text("personaldata.section." + section, locale), 16);
                kinds.forEach((kind, records) -> {
                    pages.heading(top, text("personaldata.kind." + kind, locale) + " (" + records.size() + ")", 12);
                    if (records.isEmpty()) {
                        pages.muted(text("personaldata.pdf.none", locale));
                    }
                    records.forEach(record -> pages.written(lines(record, locale), 6));
                });
            });
        });
    }

    /** One record as "Field: value" lines, fields without a value left out. */
    private String lines(Map<String, Object> record, Locale locale) {
        StringBuilder lines = new StringBuilder();
        record.forEach((field, value) -> {
            if (value != null && !value.toString().isEmpty()) {
                lines.append(lines.isEmpty() ? "" : "\n")
                        .append(fieldName(field, locale))
                        .append(": ")
                        .append(
                                value instanceof List<?> list
                                        ? String.join(
                                                ", ",
                                                list.stream()
                                                        .map(String::valueOf)
                                                        .toList())
                                        : value);
            }
        });
        return lines.toString();
    }

    /** The field in words where the texts name it, else its database name made readable. */
    private String fieldName(String field, Locale locale) {
        String readable =
                Character.toUpperCase(field.charAt(0)) + field.substring(1).replace('_', ' ');
        return messages.getMessage("personaldata.field." + field, null, readable, locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
