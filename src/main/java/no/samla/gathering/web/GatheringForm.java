package no.samla.gathering.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.samla.gathering.Gathering;
import no.samla.gathering.GatheringData;
import no.samla.gathering.GatheringFormat;
import org.springframework.format.annotation.DateTimeFormat;

/** A gathering as its form shows it. */
record GatheringForm(
        @NotNull @Min(1) @Max(100) Integer number,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) String theme,
        @NotNull GatheringFormat format,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startDate,

        @Size(max = 4000) String agendaOutline,
        @NotNull Long version) {

    static GatheringForm next(int number, LocalDate date) {
        return new GatheringForm(number, "", "", GatheringFormat.ONE_DAY, date, "", 0L);
    }

    static GatheringForm of(Gathering gathering) {
        return new GatheringForm(
                gathering.getNumber(),
                gathering.getTitle(),
                gathering.getTheme() == null ? "" : gathering.getTheme(),
                gathering.getFormat(),
                gathering.getStartDate(),
                gathering.getAgendaOutline() == null ? "" : gathering.getAgendaOutline(),
                gathering.getVersion());
    }

    GatheringData toData() {
        return new GatheringData(
                number,
                title.strip(),
                theme == null || theme.isBlank() ? null : theme.strip(),
                format,
                startDate,
                agendaOutline == null || agendaOutline.isBlank() ? null : agendaOutline.strip());
    }
}
