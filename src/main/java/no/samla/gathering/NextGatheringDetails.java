package no.samla.gathering;

import java.util.List;

/**
 * A participant's next gathering in a programme as their programme page shows it: the gathering, the days of its
 * agenda with times, and the material to read before it.
 */
public record NextGatheringDetails(NextGathering gathering, List<Agenda.Day> days, List<BeforeMaterial> before) {

    /** A file or link to read before the gathering. */
    public record BeforeMaterial(long id, String title, String url, String fileName) {

        public boolean file() {
            return fileName != null;
        }

        /** The file's extension in capitals (PDF, DOCX...); empty for a link. */
        public String fileType() {
            return Material.fileType(fileName);
        }
    }
}
