package no.samla.coaching;

/** A participant on a programme's coaching page: their coach, own quota (null: the programme's) and bookings. */
public record AssignmentRow(
        long personId, String fullName, Long coachPersonId, String coachName, Integer quota, long booked) {}
