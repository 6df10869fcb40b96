package no.samla.networkgroup.internal;

import no.samla.coaching.NetworkGroupMembership;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whether two people are both current members of one active network group of a programme; one query. */
@Component
@Transactional(readOnly = true)
class CurrentGroupMembership implements NetworkGroupMembership {

    private final JdbcTemplate jdbc;

    CurrentGroupMembership(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean sameGroup(long programmeId, long personId, long otherPersonId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from network_group ng"
                        + " join network_group_member a on a.network_group_id = ng.id and a.left_on is null"
                        + " join network_group_member b on b.network_group_id = ng.id and b.left_on is null"
                        + " where ng.programme_id = ? and ng.status = 'ACTIVE' and a.person_id = ? and b.person_id = ?)",
                Boolean.class,
                programmeId,
                personId,
                otherPersonId));
    }
}
