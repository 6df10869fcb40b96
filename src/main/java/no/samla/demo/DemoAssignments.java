package no.samla.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import no.samla.journal.AssignmentAudience;
import no.samla.journal.AssignmentData;
import no.samla.journal.AssignmentKind;
import no.samla.journal.Assignments;
import no.samla.journal.ProgrammeAssignments;
import no.samla.networkgroup.NetworkGroups;
import no.samla.programme.Programme;
import org.springframework.stereotype.Component;

/**
 * Assignments in Drammen's leadership school, given by its coordinator at the first two gatherings (to everyone, to
 * Kari Nordmann's network group and to a few chosen leaders), plus one to everyone without a gathering, due three
 * weeks after the demo is loaded so that there is always something open soon. A fixed spread of leaders have done
 * them; Kari has done the first and has the rest open.
 */
@Component
class DemoAssignments {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final ProgrammeAssignments programmeAssignments;
    private final Assignments assignments;
    private final NetworkGroups networkGroups;
    private final Clock clock;

    DemoAssignments(
            ProgrammeAssignments programmeAssignments,
            Assignments assignments,
            NetworkGroups networkGroups,
            Clock clock) {
        this.programmeAssignments = programmeAssignments;
        this.assignments = assignments;
        this.networkGroups = networkGroups;
        this.clock = clock;
    }

    /** Gives the demo assignments and marks some done; returns the first one, which Kari Nordmann writes about. */
    long load(
            Programme school,
            long firstGathering,
            long secondGathering,
            long coordinator,
            List<Long> leaders,
            long kari) {
        long practise = give(
                school,
                coordinator,
                AssignmentKind.PRACTISE,
                "Prøv refleksjonsstopp i eget ledermøte",
                "Legg inn et refleksjonsstopp på ti minutter i minst ett ledermøte i enheten din. Hva skjedde,"
                        + " og hva lærte du om hvordan gruppa di snakker sammen?",
                firstGathering,
                AssignmentAudience.ALL,
                null,
                Set.of());
        long read = give(
                school,
                coordinator,
                AssignmentKind.MATERIAL,
                "Les om relasjonsledelse før samling 2",
                "Les lesestoffet om relasjonsledelse under materiell til samling 2, og noter ett spørsmål du tar med.",
                firstGathering,
                AssignmentAudience.ALL,
                null,
                Set.of());
        long prepare = give(
                school,
                coordinator,
                AssignmentKind.PREPARE,
                "Ta med en utfordring fra egen enhet til samling 3",
                "Beskriv kort en utfordring med gjennomføring i enheten din: hva er målet, og hva står i veien?",
                secondGathering,
                AssignmentAudience.ALL,
                null,
                Set.of());
        long karisGroup =
                networkGroups.groupsOf(kari).keySet().iterator().next().groupId();
        long discuss = give(
                school,
                coordinator,
                AssignmentKind.NETWORK_GROUP,
                "Drøft en vanskelig samtale i nettverksgruppa",
                "Hver deler én medarbeidersamtale som ble vanskelig. Hva gjorde dere, og hva ville dere gjort annerledes?",
                secondGathering,
                AssignmentAudience.NETWORK_GROUP,
                karisGroup,
                Set.of());
        List<Long> pilots = leaders.stream().filter(id -> id != kari).limit(6).toList();
        long pilot = give(
                school,
                coordinator,
                AssignmentKind.INNOVATION_CASE,
                "Kartlegg tjenestereisen i piloten",
                "Dere som er med i innovasjonspiloten: tegn dagens tjenestereise sammen med to brukere før neste samling.",
                secondGathering,
                AssignmentAudience.CHOSEN,
                null,
                Set.copyOf(pilots));
        LocalDate soon = LocalDate.now(clock.withZone(OSLO)).plusWeeks(3);
        LocalDate due = soon.isAfter(school.getEndDate()) ? school.getEndDate() : soon;
        programmeAssignments.create(
                school,
                new AssignmentData(
                        AssignmentKind.REFLECT,
                        "Observer et ledermøte i egen enhet",
                        "Skriv ned hva som får folk til å snakke, og hva som får dem til å tie. Ta det med i loggen.",
                        null,
                        due,
                        AssignmentAudience.ALL,
                        null,
                        null,
                        Set.of()),
                coordinator);

        for (int i = 0; i < leaders.size(); i++) {
            long leader = leaders.get(i);
            if (leader == kari) {
                continue;
            }
            if (i % 3 != 0) {
                assignments.markDone(leader, practise);
            }
            if (i % 2 == 0) {
                assignments.markDone(leader, read);
            }
            if (i % 5 == 1) {
                assignments.markDone(leader, prepare);
            }
        }
        networkGroups.groupsOf(kari).values().iterator().next().stream()
                .limit(2)
                .forEach(member -> assignments.markDone(member.personId(), discuss));
        pilots.stream().limit(2).forEach(leader -> assignments.markDone(leader, pilot));
        return practise;
    }

    private long give(
            Programme school,
            long coordinator,
            AssignmentKind kind,
            String title,
            String description,
            long gathering,
            AssignmentAudience audience,
            Long networkGroup,
            Set<Long> chosen) {
        return programmeAssignments.create(
                school,
                new AssignmentData(kind, title, description, gathering, null, audience, null, networkGroup, chosen),
                coordinator);
    }
}
