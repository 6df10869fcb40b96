package no.samla.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import no.samla.networkgroup.MeetingMode;
import no.samla.networkgroup.MeetingRow;
import no.samla.networkgroup.MemberRow;
import no.samla.networkgroup.NetworkGroups;
import no.samla.networkgroup.NetworkMeetings;
import no.samla.networkgroup.SizeSetting;
import no.samla.programme.Programme;
import org.springframework.stereotype.Component;

/**
 * Network groups of Drammen's leadership school, composed with a fixed seed and confirmed; Drammen's busy periods
 * (winter holiday, Easter, budget weeks in 2027); the meetings planned around them; and the first meeting of Kari
 * Nordmann's group with a focus, attendance and a shared note.
 */
@Component
class DemoNetworkGroups {

    static final long SEED = 2027;

    private final NetworkGroups groups;
    private final NetworkMeetings meetings;

    DemoNetworkGroups(NetworkGroups groups, NetworkMeetings meetings) {
        this.groups = groups;
        this.meetings = meetings;
    }

    void load(Programme school, long drammen, long coordinator, long kari) {
        meetings.addBusyPeriod(drammen, LocalDate.of(2027, 2, 22), LocalDate.of(2027, 2, 26), "Vinterferie");
        meetings.addBusyPeriod(drammen, LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 29), "Påske");
        meetings.addBusyPeriod(drammen, LocalDate.of(2027, 10, 18), LocalDate.of(2027, 11, 26), "Budsjettuker");

        long version = groups.compose(school.getId(), SizeSetting.range(5, 6), SEED, coordinator)
                .proposal()
                .version();
        groups.confirm(school.getId(), version, false, coordinator);

        meetings.savePlan(
                school,
                new NetworkMeetings.PlanSettings(
                        Math.max(1, school.getPlan().meetingsPerNetworkGroup()),
                        DayOfWeek.TUESDAY,
                        LocalTime.of(12, 30),
                        LocalTime.of(15, 0),
                        MeetingMode.PHYSICAL,
                        "Rådhuset, Engene 1, møterom 2",
                        coordinator,
                        2));

        var mine = groups.groupsOf(kari);
        long karisGroup = mine.keySet().iterator().next().groupId();
        MeetingRow first = meetings.yearPlan(school.getId(), karisGroup).get(0);
        meetings.setFocus(
                school.getId(),
                null,
                java.util.Map.of(karisGroup, "Relasjonsledelse i praksis: hver deler én samtale som ble vanskelig."));
        meetings.recordAttendance(coordinator, first.id(), kari, true);
        for (MemberRow other : mine.values().iterator().next()) {
            meetings.recordAttendance(
                    coordinator,
                    first.id(),
                    other.personId(),
                    !other.equals(mine.values().iterator().next().get(0)));
        }
        meetings.addNote(
                kari,
                first.id(),
                "Vi avtalte å prøve refleksjonsstopp i egne ledermøter og dele erfaringene neste gang.");
    }
}
