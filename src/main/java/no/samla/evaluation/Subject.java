package no.samla.evaluation;

import java.time.LocalDate;

/** What an evaluation is about: a gathering (number, title, date), or the whole programme when the gathering is null. */
public record Subject(Long gatheringId, Integer number, String title, LocalDate startDate) {

    static final Subject PROGRAMME = new Subject(null, null, null, null);

    public boolean isProgramme() {
        return gatheringId == null;
    }
}
