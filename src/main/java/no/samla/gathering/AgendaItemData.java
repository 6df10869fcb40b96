package no.samla.gathering;

/** What a coordinator enters about an agenda item; the responsible person and the note may be null. */
public record AgendaItemData(
        int day, String title, AgendaItemType type, int durationMinutes, Long responsiblePersonId, String note) {}
