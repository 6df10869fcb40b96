package no.samla.dashboard;

import java.util.Collection;

/**
 * The sums of a group of participants' facts (a municipality in a programme, a programme, or everyone in view), from
 * which every figure of an overview row is a count or a rate.
 */
public record Tally(
        long participants,
        long expectedPresences,
        long present,
        long active,
        long recentEntries,
        long assignments,
        long onTime,
        long coachingQuota,
        long coachingHeld,
        long meetingsMarked,
        long meetingsPresent,
        long atRisk) {

    public static Tally of(Collection<ParticipantFacts> facts) {
        long expected = 0, present = 0, active = 0, recent = 0, assignments = 0, onTime = 0;
        long quota = 0, held = 0, marked = 0, attended = 0, atRisk = 0;
        for (ParticipantFacts f : facts) {
            expected += f.attendance().held();
            present += f.attendance().present();
            active += f.work().active() ? 1 : 0;
            recent += f.work().recentEntries();
            assignments += f.work().assignments();
            onTime += f.work().onTime();
            quota += f.coaching().quota();
            held += Math.min(f.coaching().held(), f.coaching().quota());
            marked += f.meetings().marked();
            attended += f.meetings().present();
            atRisk += f.atRisk() ? 1 : 0;
        }
        return new Tally(
                facts.size(),
                expected,
                present,
                active,
                recent,
                assignments,
                onTime,
                quota,
                held,
                marked,
                attended,
                atRisk);
    }

    /** Log entries in the last 30 days per participant, or null for nobody. */
    public Double entriesPerParticipant() {
        return participants == 0 ? null : (double) recentEntries / participants;
    }
}
