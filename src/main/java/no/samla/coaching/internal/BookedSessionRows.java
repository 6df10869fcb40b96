package no.samla.coaching.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import no.samla.coaching.CoachingMode;
import no.samla.coaching.SessionRow;
import no.samla.coaching.SessionStatus;

/**
 * A booked session read by a plain statement of the start page's coaching sections, from the columns session_id,
 * programme_id, programme_name, starts_at, minutes, mode, place, leader_person_id, leader_name, coach_person_id and
 * coach_name.
 */
final class BookedSessionRows {

    private BookedSessionRows() {}

    static SessionRow read(ResultSet row) throws SQLException {
        return new SessionRow(
                row.getLong("session_id"),
                row.getLong("programme_id"),
                row.getString("programme_name"),
                row.getTimestamp("starts_at").toInstant(),
                row.getInt("minutes"),
                CoachingMode.valueOf(row.getString("mode")),
                row.getString("place"),
                SessionStatus.BOOKED,
                row.getLong("leader_person_id"),
                row.getString("leader_name"),
                row.getLong("coach_person_id"),
                row.getString("coach_name"));
    }
}
