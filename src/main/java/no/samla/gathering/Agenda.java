package no.samla.gathering;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A gathering's agenda with the times worked out: the first day starts at the gathering's start time,
 * later days at 09:00, and a day's items follow each other without gaps. A day that ends after its
 * limit (the gathering's end time on the last day, 17:00 on the others) carries an overrun.
 */
public record Agenda(Gathering gathering, List<Day> days) {

    /** When days after the first start. */
    public static final LocalTime LATER_DAYS_START = LocalTime.of(9, 0);

    /** When days before the last must end. */
    public static final LocalTime EARLIER_DAYS_END = LocalTime.of(17, 0);

    /** One day of the agenda; {@code overrunMinutes} is 0 when the day ends in time. */
    public record Day(
            int number,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            LocalTime limit,
            int overrunMinutes,
            List<TimedItem> items) {

        public boolean overruns() {
            return overrunMinutes > 0;
        }

        public int totalMinutes() {
            return items.stream().mapToInt(TimedItem::durationMinutes).sum();
        }
    }

    /** An item with its computed times and whether it can move up or down within its day. */
    public record TimedItem(AgendaItem item, LocalTime start, LocalTime end, boolean first, boolean last) {

        public int durationMinutes() {
            return item.getDurationMinutes();
        }
    }

    public static Agenda of(Gathering gathering, List<AgendaItem> items) {
        return new Agenda(
                gathering,
                days(
                        gathering.getStartDate(),
                        gathering.getFormat().calendarDays(),
                        gathering.getStartTime(),
                        gathering.getEndTime(),
                        items));
    }

    /**
     * The days of an agenda: every day of the format, and any further day an item still names (after the
     * format was changed to a shorter one). Items are taken in the order of their day and position.
     */
    static List<Day> days(
            LocalDate firstDate, int calendarDays, LocalTime startTime, LocalTime endTime, List<AgendaItem> items) {
        int lastDay = items.stream().mapToInt(AgendaItem::getDay).max().orElse(1);
        List<Day> days = new ArrayList<>();
        for (int number = 1; number <= Math.max(calendarDays, lastDay); number++) {
            int dayNumber = number;
            List<AgendaItem> ofDay = items.stream()
                    .filter(item -> item.getDay() == dayNumber)
                    .sorted(java.util.Comparator.comparingInt(AgendaItem::getPosition)
                            .thenComparing(AgendaItem::getId, java.util.Comparator.nullsLast(Long::compare)))
                    .toList();
            LocalTime start = number == 1 ? startTime : LATER_DAYS_START;
            LocalTime limit = number == calendarDays ? endTime : EARLIER_DAYS_END;
            int minute = start.toSecondOfDay() / 60;
            List<TimedItem> timed = new ArrayList<>();
            for (int i = 0; i < ofDay.size(); i++) {
                AgendaItem item = ofDay.get(i);
                int end = minute + item.getDurationMinutes();
                timed.add(new TimedItem(item, time(minute), time(end), i == 0, i == ofDay.size() - 1));
                minute = end;
            }
            int overrun = Math.max(0, minute - limit.toSecondOfDay() / 60);
            days.add(new Day(
                    number,
                    firstDate == null ? null : firstDate.plusDays(number - 1L),
                    start,
                    time(minute),
                    limit,
                    overrun,
                    List.copyOf(timed)));
        }
        return List.copyOf(days);
    }

    public List<Day> overrunningDays() {
        return days.stream().filter(Day::overruns).toList();
    }

    private static LocalTime time(int minuteOfDay) {
        return LocalTime.MIDNIGHT.plusMinutes(minuteOfDay);
    }
}
