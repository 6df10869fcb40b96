package no.samla.gathering.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.samla.gathering.AgendaItem;
import no.samla.gathering.AgendaItemData;
import no.samla.gathering.AgendaItemType;

/** An agenda item as its form shows it. */
record AgendaItemForm(
        @NotBlank @Size(max = 200) String title,
        @NotNull AgendaItemType type,
        @NotNull @Min(1) @Max(600) Integer durationMinutes,
        @NotNull @Min(1) Integer day,
        Long responsiblePersonId,
        @Size(max = 2000) String note,
        @NotNull Long version) {

    static AgendaItemForm empty() {
        return new AgendaItemForm("", AgendaItemType.TALK, 30, 1, null, "", 0L);
    }

    static AgendaItemForm of(AgendaItem item) {
        return new AgendaItemForm(
                item.getTitle(),
                item.getType(),
                item.getDurationMinutes(),
                item.getDay(),
                item.getResponsiblePersonId(),
                item.getNote() == null ? "" : item.getNote(),
                item.getVersion());
    }

    AgendaItemData toData() {
        return new AgendaItemData(
                day,
                title.strip(),
                type,
                durationMinutes,
                responsiblePersonId,
                note == null || note.isBlank() ? null : note.strip());
    }
}
