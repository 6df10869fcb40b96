package no.samla.gathering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The times of an agenda follow from the gathering's start time and the items' durations. */
class AgendaTimesTest {

    static final LocalDate FIRST = LocalDate.of(2027, 1, 20);

    @Test
    void itemsFollowEachOtherFromTheGatheringsStartAndLaterDaysStartAtNine() {
        List<Agenda.Day> days = Agenda.days(
                FIRST,
                2,
                LocalTime.of(11, 30),
                LocalTime.of(13, 0),
                List.of(
                        item(1, 2, "Faglig innlegg", 60),
                        item(1, 1, "Lunsj", 45),
                        item(2, 1, "Casearbeid", 90),
                        item(2, 2, "Oppsummering", 30)));

        assertThat(days).hasSize(2);
        Agenda.Day first = days.get(0);
        assertThat(first.date()).isEqualTo(FIRST);
        assertThat(first.items())
                .extracting(timed -> timed.item().getTitle(), Agenda.TimedItem::start, Agenda.TimedItem::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Lunsj", LocalTime.of(11, 30), LocalTime.of(12, 15)),
                        org.assertj.core.groups.Tuple.tuple(
                                "Faglig innlegg", LocalTime.of(12, 15), LocalTime.of(13, 15)));
        assertThat(first.items().get(0).first()).isTrue();
        assertThat(first.items().get(1).last()).isTrue();
        assertThat(first.limit()).isEqualTo(LocalTime.of(17, 0));
        assertThat(first.overruns()).isFalse();

        Agenda.Day second = days.get(1);
        assertThat(second.date()).isEqualTo(FIRST.plusDays(1));
        assertThat(second.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(second.end()).isEqualTo(LocalTime.of(11, 0));
        assertThat(second.limit()).isEqualTo(LocalTime.of(13, 0));
        assertThat(second.totalMinutes()).isEqualTo(120);
        assertThat(second.overruns()).isFalse();
    }

    @Test
    void aDayEndingAfterItsLimitSaysByHowManyMinutes() {
        List<Agenda.Day> oneDay = Agenda.days(
                FIRST,
                1,
                LocalTime.of(9, 0),
                LocalTime.of(15, 30),
                List.of(item(1, 1, "Innlegg", 300), item(1, 2, "Gruppeprosess", 90), item(1, 3, "Evaluering", 20)));
        assertThat(oneDay.get(0).end()).isEqualTo(LocalTime.of(15, 50));
        assertThat(oneDay.get(0).overrunMinutes()).isEqualTo(20);

        List<Agenda.Day> twoDays = Agenda.days(
                FIRST, 2, LocalTime.of(9, 0), LocalTime.of(15, 30), List.of(item(1, 1, "Lang dag", 8 * 60 + 45)));
        assertThat(twoDays.get(0).overrunMinutes()).isEqualTo(45);
        assertThat(twoDays.get(1).items()).isEmpty();
        assertThat(twoDays.get(1).overruns()).isFalse();
    }

    @Test
    void exactlyAtTheLimitIsInTime() {
        List<Agenda.Day> days =
                Agenda.days(FIRST, 1, LocalTime.of(9, 0), LocalTime.of(15, 30), List.of(item(1, 1, "Hele dagen", 390)));
        assertThat(days.get(0).overruns()).isFalse();
    }

    private static AgendaItem item(int day, int position, String title, int minutes) {
        return new AgendaItem(7L, position, new AgendaItemData(day, title, AgendaItemType.TALK, minutes, null, null));
    }
}
