package no.samla.networkgroup;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Used only by {@link NetworkGroups}. */
interface NetworkGroupRepository extends JpaRepository<NetworkGroup, Long> {

    String MEMBER = """
            select new no.samla.networkgroup.MemberRow(ng.id, pe.id, pe.fullName, pe.sector, pe.unit, pe.title,
                m.id, m.name, lg.id, lg.name, pe.managerPersonId)
            from NetworkGroupMember mem
            join NetworkGroup ng on ng.id = mem.networkGroupId
            join no.samla.people.Person pe on pe.id = mem.personId
            left join no.samla.organisation.Municipality m on m.id = pe.municipalityId
            left join no.samla.programme.Participation pa
                on pa.personId = pe.id and pa.programmeId = ng.programmeId and pa.leftOn is null
            left join pa.leaderGroup lg
            """;

    /** The programme's active participants (the participant role, not left), in one query. */
    @Query("""
            select new no.samla.networkgroup.MemberRow(pe.id, pe.fullName, pe.sector, pe.unit, pe.title,
                m.id, m.name, lg.id, lg.name, pe.managerPersonId)
            from no.samla.programme.Participation pa
            join pa.roles r
            join no.samla.people.Person pe on pe.id = pa.personId
            left join no.samla.organisation.Municipality m on m.id = pe.municipalityId
            left join pa.leaderGroup lg
            where pa.programmeId = :programme and pa.leftOn is null
              and r = no.samla.programme.ParticipationRole.PARTICIPANT
            order by pe.id
            """)
    List<MemberRow> candidates(@Param("programme") long programmeId);

    @Query("""
            select ng from NetworkGroup ng
            where ng.programmeId = :programme and ng.status = no.samla.networkgroup.NetworkGroupStatus.ACTIVE
            order by ng.number
            """)
    List<NetworkGroup> active(@Param("programme") long programmeId);

    @Query(MEMBER + """
            where ng.programmeId = :programme and ng.status = no.samla.networkgroup.NetworkGroupStatus.ACTIVE
              and mem.leftOn is null
            order by ng.number, pe.fullName, pe.id
            """)
    List<MemberRow> activeMembers(@Param("programme") long programmeId);

    @Query(MEMBER + """
            where ng.id = :group and mem.leftOn is null
            order by pe.fullName, pe.id
            """)
    List<MemberRow> membersOf(@Param("group") long groupId);

    @Query("""
            select count(mem) from NetworkGroupMember mem join NetworkGroup ng on ng.id = mem.networkGroupId
            where ng.programmeId = :programme
            """)
    long memberships(@Param("programme") long programmeId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update NetworkGroupMember mem set mem.leftOn = :today
            where mem.leftOn is null and mem.networkGroupId in (
                select ng.id from NetworkGroup ng
                where ng.programmeId = :programme and ng.status = no.samla.networkgroup.NetworkGroupStatus.ACTIVE)
            """)
    int endMemberships(@Param("programme") long programmeId, @Param("today") LocalDate today);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update NetworkGroup ng set ng.status = no.samla.networkgroup.NetworkGroupStatus.DISSOLVED,
                ng.dissolvedOn = :today, ng.version = ng.version + 1
            where ng.programmeId = :programme and ng.status = no.samla.networkgroup.NetworkGroupStatus.ACTIVE
            """)
    int dissolve(@Param("programme") long programmeId, @Param("today") LocalDate today);
}
