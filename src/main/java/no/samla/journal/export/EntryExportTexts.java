package no.samla.journal.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.samla.coaching.LeadershipBehaviour;
import no.samla.system.web.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The export documents' words in the reader's language, shared by the PDF and the Word document. */
@Component
class EntryExportTexts {

    private final MessageSource messages;
    private final Dates dates;

    EntryExportTexts(MessageSource messages, Dates dates) {
        this.messages = messages;
        this.dates = dates;
    }

    In in(Locale locale) {
        return new In(locale);
    }

    /** The document's language tag: nynorsk and English as chosen, bokmål otherwise. */
    static String language(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nn", "en" -> locale.getLanguage();
            default -> "nb";
        };
    }

    /** A language tag with a region, as word processors want it (nb-NO, nn-NO, en-GB). */
    static String languageWithRegion(Locale locale) {
        return switch (language(locale)) {
            case "nn" -> "nn-NO";
            case "en" -> "en-GB";
            default -> "nb-NO";
        };
    }

    final class In {
        private final Locale locale;

        private In(Locale locale) {
            this.locale = locale;
        }

        String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
        }

        String date(LocalDate date) {
            return dates.date(date);
        }

        String documentTitle(EntryExport export) {
            return get("entryExport.doc.documentTitle", export.leaderName(), export.programmeName());
        }

        String behaviour(LeadershipBehaviour behaviour) {
            return behaviour == null ? get("entryExport.doc.notChosen") : get("project.behaviour." + behaviour.name());
        }

        String projectVersions(EntryExport.Project project) {
            return get("entryExport.doc.project.versions", project.versions(), dates.date(project.savedAt()));
        }

        String entryHeading(EntryExport.Entry entry) {
            return get("entryExport.doc.entry", dates.date(entry.date()));
        }

        /** What the entry is linked to, one line each; none when it stands alone. */
        List<String> links(EntryExport.Entry entry) {
            List<String> links = new ArrayList<>();
            if (entry.assignmentTitle() != null) {
                links.add(get("entryExport.doc.entry.assignment", entry.assignmentTitle()));
            }
            if (entry.behaviour() != null) {
                links.add(get(
                        "entryExport.doc.entry.behaviour", behaviour(LeadershipBehaviour.valueOf(entry.behaviour()))));
            }
            if (entry.aboutProject()) {
                links.add(get("entryExport.doc.entry.project"));
            }
            if (entry.meetingDate() != null) {
                links.add(get("entryExport.doc.entry.meeting", dates.date(entry.meetingDate())));
            }
            return links;
        }

        String commentByline(EntryExport.Comment comment) {
            String author =
                    comment.authorName().isBlank() ? get("entryExport.doc.unknownAuthor") : comment.authorName();
            return get("entryExport.doc.comment", author, dates.dateTime(comment.createdAt()));
        }

        String orEmpty(String text) {
            return text == null || text.isBlank() ? get("entryExport.doc.entry.empty") : text;
        }
    }
}
