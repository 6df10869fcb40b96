package no.samla.networkgroup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays out each group's meetings in the stretches between consecutive gatherings: spread evenly, each stretch
 * getting a share by its length, on the chosen weekday where it can (else the nearest other working day), never on
 * a weekend, in a busy period of a member's municipality, before {@code firstDate} or outside the programme period.
 * Pure: the same request gives the same plan, so the preview is what is saved.
 */
public final class MeetingPlanner {

    private MeetingPlanner() {}

    /** A gathering's days. */
    public record Stretch(LocalDate from, LocalDate to) {}

    /** One group: how many of its meetings stay as they are (held or past), and the busy periods of its members. */
    public record Group(long groupId, String name, int kept, List<BusyPeriod> busy) {}

    public record Request(
            LocalDate programmeStart,
            LocalDate programmeEnd,
            List<Stretch> gatherings,
            int meetingsPerGroup,
            DayOfWeek weekday,
            LocalTime startTime,
            LocalTime endTime,
            MeetingMode mode,
            String location,
            Long facilitatorPersonId,
            int facilitatedMeetings,
            LocalDate firstDate,
            List<Group> groups) {}

    public record Planned(long groupId, String groupName, int number, MeetingData data) {}

    public static List<Planned> plan(Request request) {
        List<Stretch> gaps = gaps(request);
        List<Planned> result = new ArrayList<>();
        for (Group group : request.groups()) {
            int remaining = request.meetingsPerGroup() - group.kept();
            if (remaining <= 0) {
                continue;
            }
            if (gaps.isEmpty()) {
                throw new MeetingPlanException("networkgroup.plan.noGaps");
            }
            int[] shares = shares(gaps, remaining);
            int number = group.kept();
            Set<LocalDate> used = new HashSet<>();
            for (int g = 0; g < gaps.size(); g++) {
                Stretch gap = gaps.get(g);
                long length = ChronoUnit.DAYS.between(gap.from(), gap.to()) + 1;
                for (int j = 0; j < shares[g]; j++) {
                    LocalDate target = gap.from().plusDays(Math.round((j + 1) * (double) length / (shares[g] + 1)) - 1);
                    LocalDate date = pick(request, group, gap, target, used);
                    used.add(date);
                    number++;
                    Long facilitator = number <= request.facilitatedMeetings() ? request.facilitatorPersonId() : null;
                    result.add(new Planned(
                            group.groupId(),
                            group.name(),
                            number,
                            new MeetingData(
                                    date,
                                    request.startTime(),
                                    request.endTime(),
                                    request.mode(),
                                    request.location(),
                                    facilitator)));
                }
            }
        }
        return result;
    }

    /** The stretches between consecutive gatherings, cut to the programme period and to no earlier than firstDate. */
    static List<Stretch> gaps(Request request) {
        List<Stretch> sorted = request.gatherings().stream()
                .sorted(Comparator.comparing(Stretch::from))
                .toList();
        List<Stretch> gaps = new ArrayList<>();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            LocalDate from = latest(sorted.get(i).to().plusDays(1), request.firstDate(), request.programmeStart());
            LocalDate to = sorted.get(i + 1).from().minusDays(1);
            if (request.programmeEnd() != null && to.isAfter(request.programmeEnd())) {
                to = request.programmeEnd();
            }
            if (!to.isBefore(from)) {
                gaps.add(new Stretch(from, to));
            }
        }
        return gaps;
    }

    /** How many meetings each gap gets: by its length, the largest remainders getting the rest. */
    private static int[] shares(List<Stretch> gaps, int meetings) {
        long[] lengths = gaps.stream()
                .mapToLong(gap -> ChronoUnit.DAYS.between(gap.from(), gap.to()) + 1)
                .toArray();
        long total = java.util.Arrays.stream(lengths).sum();
        int[] shares = new int[gaps.size()];
        double[] remainders = new double[gaps.size()];
        int given = 0;
        for (int g = 0; g < gaps.size(); g++) {
            double exact = meetings * (double) lengths[g] / total;
            shares[g] = (int) Math.floor(exact);
            remainders[g] = exact - shares[g];
            given += shares[g];
        }
        while (given < meetings) {
            int best = 0;
            for (int g = 1; g < gaps.size(); g++) {
                if (remainders[g] > remainders[best]) {
                    best = g;
                }
            }
            shares[best]++;
            remainders[best] = -1;
            given++;
        }
        return shares;
    }

    private static LocalDate pick(Request request, Group group, Stretch gap, LocalDate target, Set<LocalDate> used) {
        LocalDate best = null;
        long bestScore = Long.MAX_VALUE;
        for (LocalDate next = gap.from(); !next.isAfter(gap.to()); next = next.plusDays(1)) {
            LocalDate day = next;
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY
                    || day.getDayOfWeek() == DayOfWeek.SUNDAY
                    || used.contains(day)
                    || group.busy().stream().anyMatch(period -> period.covers(day))) {
                continue;
            }
            long distance = Math.abs(ChronoUnit.DAYS.between(target, day));
            // The chosen weekday first; another working day only when the stretch has none free.
            long score = (request.weekday() == null || day.getDayOfWeek() == request.weekday() ? 0 : 10_000) + distance;
            if (score < bestScore) {
                best = day;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new MeetingPlanException(
                    "networkgroup.plan.noDay", group.name(), format(gap.from()), format(gap.to()));
        }
        return best;
    }

    /** A date as messages show it: 23.11.2026. */
    public static String format(LocalDate date) {
        return date == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
    }

    private static LocalDate latest(LocalDate first, LocalDate... others) {
        LocalDate latest = first;
        for (LocalDate other : others) {
            if (other != null && other.isAfter(latest)) {
                latest = other;
            }
        }
        return latest;
    }
}
