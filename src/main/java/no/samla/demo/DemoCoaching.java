package no.samla.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import no.samla.coaching.Coaching;
import no.samla.coaching.CoachingMode;
import no.samla.coaching.CoachingSession;
import no.samla.coaching.CoachingSlot;
import no.samla.coaching.DevelopmentProject;
import no.samla.coaching.DevelopmentProjectVersion.ProjectText;
import no.samla.coaching.DevelopmentProjects;
import no.samla.coaching.LeadershipBehaviour;
import no.samla.coaching.SessionNotes;
import no.samla.programme.Programme;
import org.springframework.stereotype.Component;

/**
 * Coaching in Drammen's leadership school: the coordinator coaches the school's leaders (four sessions each), has
 * open slots in the coming weeks, one of them booked by Kari Nordmann, and one earlier session with Kari with
 * notes; Kari's development project has two versions and is shared with her coach. Times are relative to today.
 */
@Component
class DemoCoaching {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final int QUOTA = 4;

    private final Coaching coaching;
    private final SessionNotes notes;
    private final DevelopmentProjects projects;
    private final Clock clock;

    DemoCoaching(Coaching coaching, SessionNotes notes, DevelopmentProjects projects, Clock clock) {
        this.coaching = coaching;
        this.notes = notes;
        this.projects = projects;
        this.clock = clock;
    }

    void load(Programme school, long coach, List<Long> leaders, long kari) {
        leaders.forEach(leader -> coaching.assign(school, leader, coach, QUOTA));

        LocalDate today = LocalDate.now(clock.withZone(OSLO));
        CoachingSlot booked = null;
        for (int week = 1; week <= 3; week++) {
            LocalDate day = today.plusWeeks(week).plusDays(1);
            for (LocalTime time : List.of(LocalTime.of(9, 0), LocalTime.of(10, 30), LocalTime.of(13, 0))) {
                CoachingMode mode = time.getHour() == 13 ? CoachingMode.IN_PERSON : CoachingMode.VIDEO;
                String place = mode == CoachingMode.IN_PERSON
                        ? "Rådhuset, Engene 1, møterom 3"
                        : "https://meet.fjordleder.example/marte-lien";
                CoachingSlot slot = coaching.publish(coach, school, day, time, 60, mode, place);
                if (booked == null && time.getHour() == 10) {
                    booked = slot;
                }
            }
        }
        coaching.book(kari, booked.getId());

        Instant earlier = today.minusWeeks(2).atTime(14, 0).atZone(OSLO).toInstant();
        CoachingSession held = coaching.recordHeld(coach, kari, school.getId(), earlier, 60, CoachingMode.PHONE, null);
        notes.writeSharedNotes(
                kari,
                held.getId(),
                held.getVersion(),
                "Vi ble enige om at Kari prøver ut korte, faste avklaringsmøter med teamlederne hver mandag, "
                        + "og noterer hva som blir tydeligere.");
        notes.writePrivateNote(
                coach,
                held.getId(),
                "Kari er usikker på om hun tar for mye ansvar selv. Følg opp delegering neste gang.");

        long programme = school.getId();
        projects.save(
                kari,
                programme,
                0,
                new ProjectText(
                        "Bli tydeligere når jeg delegerer oppgaver til teamlederne.",
                        "Teamlederne venter ofte på meg før de bestemmer, og det gjør oss trege i hverdagen på "
                                + "bo- og omsorgssenteret.",
                        LeadershipBehaviour.TASK_STRUCTURE,
                        "Jeg avklarer hvem som eier hver sak i mandagsmøtet.",
                        "Teamlederne tar flere beslutninger uten å spørre meg."),
                DevelopmentProject.Sharing.onlyMe());
        projects.save(
                kari,
                programme,
                1,
                new ProjectText(
                        "Bli tydeligere når jeg delegerer oppgaver og myndighet til teamlederne.",
                        "Teamlederne venter ofte på meg før de bestemmer, og det gjør oss trege i hverdagen på "
                                + "bo- og omsorgssenteret. Tydelig delegering gir dem også mer mestring.",
                        LeadershipBehaviour.RELATION,
                        "Hver mandag avklarer jeg hvem som eier hver sak, og hva de kan bestemme selv. Etter to uker "
                                + "spør jeg teamlederne hvordan det oppleves.",
                        "Teamlederne tar flere beslutninger selv, og færre saker blir liggende til jeg er tilbake."),
                new DevelopmentProject.Sharing(true, false, false));
    }
}
