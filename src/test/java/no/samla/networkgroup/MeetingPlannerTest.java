package no.samla.networkgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The meeting plan generator on its own: where meetings land and who facilitates them. */
class MeetingPlannerTest {

    static final LocalDate START = LocalDate.of(2027, 1, 1);
    static final LocalDate END = LocalDate.of(2027, 12, 31);
    static final List<MeetingPlanner.Stretch> GATHERINGS = List.of(
            new MeetingPlanner.Stretch(LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 21)),
            new MeetingPlanner.Stretch(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 10)),
            new MeetingPlanner.Stretch(LocalDate.of(2027, 4, 28), LocalDate.of(2027, 4, 29)));

    @Test
    void meetingsLieBetweenConsecutiveGatheringsOnWeekdaysWithinThePeriod() {
        List<MeetingPlanner.Planned> plan = MeetingPlanner.plan(request(6, 2, List.of(group(1, 0, List.of()))));
        assertThat(plan).hasSize(6);
        for (MeetingPlanner.Planned meeting : plan) {
            LocalDate date = meeting.data().date();
            assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            boolean firstGap = date.isAfter(LocalDate.of(2027, 1, 21)) && date.isBefore(LocalDate.of(2027, 3, 10));
            boolean secondGap = date.isAfter(LocalDate.of(2027, 3, 10)) && date.isBefore(LocalDate.of(2027, 4, 28));
            assertThat(firstGap || secondGap).as("%s between gatherings", date).isTrue();
            assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(meeting.data().startTime()).isEqualTo(LocalTime.of(12, 0));
        }
        // spread: both stretches get meetings, three each as they are about as long
        assertThat(plan.stream().filter(m -> m.data().date().isBefore(LocalDate.of(2027, 3, 10))))
                .hasSize(3);
        assertThat(plan.stream().map(m -> m.data().date()).distinct()).hasSize(6);
        assertThat(plan).extracting(MeetingPlanner.Planned::number).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void theFacilitatorLeadsTheFirstMeetingsThenTheGroupRunsItself() {
        List<MeetingPlanner.Planned> plan = MeetingPlanner.plan(request(4, 2, List.of(group(1, 0, List.of()))));
        assertThat(plan).extracting(m -> m.data().facilitatorPersonId()).containsExactly(77L, 77L, null, null);
    }

    @Test
    void keptMeetingsCountSoRePlanningOnlyAddsWhatIsMissing() {
        List<MeetingPlanner.Planned> plan = MeetingPlanner.plan(request(4, 3, List.of(group(1, 2, List.of()))));
        assertThat(plan).extracting(MeetingPlanner.Planned::number).containsExactly(3, 4);
        assertThat(plan).extracting(m -> m.data().facilitatorPersonId()).containsExactly(77L, null);
    }

    @Test
    void busyPeriodsOfTheGroupsMunicipalitiesAreAvoided() {
        // the whole of February and the second half of March are busy for this group only
        List<BusyPeriod> busy = List.of(
                new BusyPeriod(1, 1, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28), "Budsjett"),
                new BusyPeriod(2, 1, LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 31), "Påske"));
        List<MeetingPlanner.Planned> plan =
                MeetingPlanner.plan(request(4, 2, List.of(group(1, 0, busy), group(2, 0, List.of()))));
        List<LocalDate> busyGroup = plan.stream()
                .filter(m -> m.groupId() == 1)
                .map(m -> m.data().date())
                .toList();
        assertThat(busyGroup).hasSize(4).allSatisfy(date -> assertThat(busy).noneMatch(period -> period.covers(date)));
        // the other group is not held back by them
        assertThat(plan.stream()
                        .filter(m -> m.groupId() == 2)
                        .map(m -> m.data().date())
                        .anyMatch(date -> busy.stream().anyMatch(period -> period.covers(date))))
                .isTrue();
    }

    @Test
    void anotherWeekdayIsTakenOnlyWhenTheChosenOneIsBusy() {
        // every Tuesday between the first two gatherings is busy
        List<BusyPeriod> tuesdays = new java.util.ArrayList<>();
        for (LocalDate day = LocalDate.of(2027, 1, 26);
                day.isBefore(LocalDate.of(2027, 3, 10));
                day = day.plusWeeks(1)) {
            tuesdays.add(new BusyPeriod(day.getDayOfYear(), 1, day, day, "Møte"));
        }
        List<MeetingPlanner.Planned> plan = MeetingPlanner.plan(request(2, 0, List.of(group(1, 0, tuesdays))));
        assertThat(plan.get(0).data().date().getDayOfWeek())
                .isNotIn(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(plan.get(1).data().date().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    }

    @Test
    void nothingIsPlannedOutsideTheProgrammePeriodOrBeforeTheFirstDate() {
        MeetingPlanner.Request request = new MeetingPlanner.Request(
                START,
                LocalDate.of(2027, 2, 15),
                GATHERINGS,
                4,
                DayOfWeek.TUESDAY,
                LocalTime.of(12, 0),
                LocalTime.of(14, 30),
                MeetingMode.DIGITAL,
                "https://meet.example/x",
                77L,
                2,
                LocalDate.of(2027, 2, 1),
                List.of(group(1, 0, List.of())));
        assertThat(MeetingPlanner.plan(request))
                .allSatisfy(m ->
                        assertThat(m.data().date()).isBetween(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 15)));
    }

    @Test
    void aPlanThatCannotFitIsRefusedWithAMessage() {
        List<BusyPeriod> always =
                List.of(new BusyPeriod(1, 1, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "Hele året"));
        assertThatThrownBy(() -> MeetingPlanner.plan(request(2, 0, List.of(group(1, 0, always)))))
                .isInstanceOf(MeetingPlanException.class)
                .extracting(e -> ((MeetingPlanException) e).messageKey())
                .isEqualTo("networkgroup.plan.noDay");
        MeetingPlanner.Request noGaps = new MeetingPlanner.Request(
                START,
                LocalDate.of(2027, 1, 21),
                GATHERINGS,
                2,
                DayOfWeek.TUESDAY,
                LocalTime.of(12, 0),
                LocalTime.of(14, 30),
                MeetingMode.PHYSICAL,
                null,
                null,
                0,
                START,
                List.of(group(1, 0, List.of())));
        assertThatThrownBy(() -> MeetingPlanner.plan(noGaps))
                .isInstanceOf(MeetingPlanException.class)
                .extracting(e -> ((MeetingPlanException) e).messageKey())
                .isEqualTo("networkgroup.plan.noGaps");
    }

    private static MeetingPlanner.Group group(long id, int kept, List<BusyPeriod> busy) {
        return new MeetingPlanner.Group(id, "Nettverksgruppe " + id, kept, busy);
    }

    private static MeetingPlanner.Request request(int meetings, int facilitated, List<MeetingPlanner.Group> groups) {
        return new MeetingPlanner.Request(
                START,
                END,
                GATHERINGS,
                meetings,
                DayOfWeek.TUESDAY,
                LocalTime.of(12, 0),
                LocalTime.of(14, 30),
                MeetingMode.PHYSICAL,
                "Rådhuset",
                77L,
                facilitated,
                START,
                groups);
    }
}
