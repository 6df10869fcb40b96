package no.samla.networkgroup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samla.people.Sector;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network group module's facade: a programme's confirmed groups, the coordinator's draft proposal (compose,
 * move, lock, re-run the unlocked) and confirming it. Every read is a fixed number of queries, however many
 * participants; every change to a draft checks the version the coordinator saw.
 */
@Service
@Transactional(readOnly = true)
public class NetworkGroups {

    private static final Comparator<MemberRow> BY_NAME = Comparator.comparing(
                    MemberRow::fullName,
                    Comparator.nullsLast(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nb"))))
            .thenComparing(MemberRow::personId);

    /**
     * The members of the active groups a person is in now, the person too (so that a group with no one else still
     * comes), with each group's programme and each member's municipality and leader group there; one statement
     * every start page of a group member runs. The member's columns and joins are those of {@code
     * NetworkGroupRepository.MEMBER}: change them together.
     */
    private static final String GROUPS_OF = """
            select ng.id as group_id, ng.name as group_name, p.id as programme_id, p.name as programme_name,
                   pe.id as person_id, pe.full_name, pe.sector, pe.unit, pe.title, pe.manager_person_id,
                   m.id as municipality_id, m.name as municipality_name,
                   lg.id as leader_group_id, lg.name as leader_group_name
              from network_group ng
              join programme p on p.id = ng.programme_id
              join network_group_member mem on mem.network_group_id = ng.id and mem.left_on is null
              join person pe on pe.id = mem.person_id
              left join municipality m on m.id = pe.municipality_id
              left join participation pa
                     on pa.person_id = pe.id and pa.programme_id = ng.programme_id and pa.left_on is null
              left join leader_group lg on lg.id = pa.leader_group_id
             where ng.status = 'ACTIVE'
               and exists (select 1 from network_group_member me
                            where me.network_group_id = ng.id and me.person_id = ? and me.left_on is null)
             order by p.name, ng.number, ng.id, pe.full_name, pe.id
            """;

    private final NetworkGroupRepository groups;
    private final ProposalStore proposals;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    NetworkGroups(NetworkGroupRepository groups, ProposalStore proposals, JdbcTemplate jdbc, Clock clock) {
        this.groups = groups;
        this.proposals = proposals;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How confirming went. */
    public enum Confirmation {
        CONFIRMED,
        /** Groups exist already: replacing them needs the coordinator's explicit yes. */
        NEEDS_CONSENT,
        /** A group is outside 3–8, someone sits with their manager, or someone is not placed. */
        NOT_CONFIRMABLE
    }

    /** The active groups with members and scores, in three queries. */
    public ConfirmedGroups confirmed(long programmeId) {
        List<NetworkGroup> active = groups.active(programmeId);
        if (active.isEmpty()) {
            return new ConfirmedGroups(List.of(), Diversity.evaluate(List.of()));
        }
        Map<Long, List<MemberRow>> byGroup = groups.activeMembers(programmeId).stream()
                .collect(Collectors.groupingBy(MemberRow::groupId, LinkedHashMap::new, Collectors.toList()));
        List<List<MemberRow>> members = active.stream()
                .map(group -> byGroup.getOrDefault(group.getId(), List.of()))
                .toList();
        Evaluation evaluation = Diversity.evaluate(candidateGroups(members));
        List<ConfirmedGroups.ConfirmedGroup> result = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            result.add(new ConfirmedGroups.ConfirmedGroup(
                    active.get(i), members.get(i), evaluation.groups().get(i)));
        }
        return new ConfirmedGroups(result, evaluation);
    }

    public boolean hasGroups(long programmeId) {
        return !groups.active(programmeId).isEmpty();
    }

    /** The groups a person is in now, each with its other members by name; one statement. */
    public Map<PersonalGroup, List<MemberRow>> groupsOf(long personId) {
        return groupsOf(personId, ReadBatch.immediate(jdbc)).get();
    }

    /** {@link #groupsOf(long)} as a read of a page's batch. */
    public Deferred<Map<PersonalGroup, List<MemberRow>>> groupsOf(long personId, ReadBatch reads) {
        return reads.query(
                        GROUPS_OF,
                        (row, n) -> {
                            PersonalGroup group = new PersonalGroup(
                                    row.getLong("group_id"),
                                    row.getString("group_name"),
                                    row.getLong("programme_id"),
                                    row.getString("programme_name"));
                            long member = row.getLong("person_id");
                            if (member == personId) {
                                return Map.entry(group, java.util.Optional.<MemberRow>empty());
                            }
                            String sector = row.getString("sector");
                            return Map.entry(
                                    group,
                                    java.util.Optional.of(new MemberRow(
                                            group.groupId(),
                                            member,
                                            row.getString("full_name"),
                                            sector == null ? null : Sector.valueOf(sector),
                                            row.getString("unit"),
                                            row.getString("title"),
                                            row.getObject("municipality_id", Long.class),
                                            row.getString("municipality_name"),
                                            row.getObject("leader_group_id", Long.class),
                                            row.getString("leader_group_name"),
                                            row.getObject("manager_person_id", Long.class))));
                        },
                        personId)
                .map(rows -> {
                    // Every group the person is in has a row of its own, so a group without others shows too.
                    Map<PersonalGroup, List<MemberRow>> result = new LinkedHashMap<>();
                    rows.forEach(row -> {
                        List<MemberRow> members = result.computeIfAbsent(row.getKey(), found -> new ArrayList<>());
                        row.getValue().ifPresent(members::add);
                    });
                    return result;
                });
    }

    /** The draft, if there is one, as the coordinator works on it. */
    public java.util.Optional<ProposalView> proposal(long programmeId) {
        return proposals.find(programmeId).map(proposal -> view(proposal, groups.candidates(programmeId)));
    }

    /** Composes a new draft from scratch (no locks), replacing any earlier draft. */
    @Transactional
    public ProposalView compose(long programmeId, SizeSetting size, long seed, long byPersonId) {
        List<MemberRow> candidates = groups.candidates(programmeId);
        GroupComposer.Composition composition =
                GroupComposer.compose(new GroupComposer.Request(candidates(candidates), size, Map.of(), seed));
        Proposal proposal = new Proposal(
                programmeId, seed, size, composition.groups().size(), placements(composition, Map.of()), 0);
        long version = proposals.save(proposal, null, byPersonId);
        return view(withVersion(proposal, version), candidates);
    }

    /** Composes again with this seed; locked people stay where they are. */
    @Transactional
    public ProposalView rerun(long programmeId, long version, long seed, long byPersonId) {
        Proposal current = current(programmeId, version);
        List<MemberRow> candidates = groups.candidates(programmeId);
        Map<Long, Integer> locks = new HashMap<>();
        candidates.forEach(candidate -> {
            Proposal.Placement placement = current.placements().get(candidate.personId());
            if (placement != null && placement.locked()) {
                locks.put(candidate.personId(), placement.group());
            }
        });
        GroupComposer.Composition composition =
                GroupComposer.compose(new GroupComposer.Request(candidates(candidates), current.size(), locks, seed));
        Proposal proposal = new Proposal(
                programmeId,
                seed,
                current.size(),
                composition.groups().size(),
                placements(composition, locks),
                version);
        return view(withVersion(proposal, proposals.save(proposal, version, byPersonId)), candidates);
    }

    /** Moves a participant to another group of the draft and locks them there, so a re-run keeps the choice. */
    @Transactional
    public void move(long programmeId, long version, long personId, int group, long byPersonId) {
        Proposal current = current(programmeId, version);
        requireCandidate(programmeId, personId);
        if (group < 1 || group > current.groups()) {
            throw new CompositionException("networkgroup.error.noSuchGroup", group, current.groups());
        }
        Map<Long, Proposal.Placement> placements = new HashMap<>(current.placements());
        placements.put(personId, new Proposal.Placement(group, true));
        proposals.save(replace(current, placements), version, byPersonId);
    }

    /** Locks a placed participant where they are, or unlocks them. */
    @Transactional
    public void lock(long programmeId, long version, long personId, boolean locked, long byPersonId) {
        Proposal current = current(programmeId, version);
        Proposal.Placement placement = current.placements().get(personId);
        if (placement == null) {
            throw new NotFoundException("Placement", personId);
        }
        Map<Long, Proposal.Placement> placements = new HashMap<>(current.placements());
        placements.put(personId, new Proposal.Placement(placement.group(), locked));
        proposals.save(replace(current, placements), version, byPersonId);
    }

    /**
     * Saves the draft as the programme's groups. Existing groups are replaced only with {@code replaceExisting}:
     * their memberships end today and the groups are dissolved, so the history of who met whom stays.
     */
    @Transactional
    public Confirmation confirm(long programmeId, long version, boolean replaceExisting, long byPersonId) {
        Proposal current = current(programmeId, version);
        ProposalView view = view(current, groups.candidates(programmeId));
        if (!view.confirmable()) {
            return Confirmation.NOT_CONFIRMABLE;
        }
        LocalDate today = LocalDate.now(clock);
        if (view.replacesGroups()) {
            if (!replaceExisting) {
                return Confirmation.NEEDS_CONSENT;
            }
            groups.endMemberships(programmeId, today);
            groups.dissolve(programmeId, today);
        }
        List<Object[]> rows = new ArrayList<>();
        for (ProposalView.ProposedGroup proposed : view.groups()) {
            NetworkGroup group = groups.save(
                    new NetworkGroup(programmeId, proposed.number(), "Nettverksgruppe " + proposed.number(), today));
            proposed.members()
                    .forEach(member -> rows.add(
                            new Object[] {group.getId(), member.person().personId(), today}));
        }
        jdbc.batchUpdate(
                "insert into network_group_member (network_group_id, person_id, joined_on) values (?, ?, ?)", rows);
        proposals.delete(programmeId);
        return Confirmation.CONFIRMED;
    }

    /** Throws away the draft. */
    @Transactional
    public void discard(long programmeId) {
        proposals.delete(programmeId);
    }

    private Proposal current(long programmeId, long version) {
        Proposal current =
                proposals.find(programmeId).orElseThrow(() -> new NotFoundException("Proposal", programmeId));
        StaleEditException.check(current.version(), version);
        return current;
    }

    private void requireCandidate(long programmeId, long personId) {
        if (groups.candidates(programmeId).stream().noneMatch(candidate -> candidate.personId() == personId)) {
            throw new NotFoundException("Participant", personId);
        }
    }

    private ProposalView view(Proposal proposal, List<MemberRow> candidates) {
        List<List<MemberRow>> members = new ArrayList<>();
        for (int g = 0; g < proposal.groups(); g++) {
            members.add(new ArrayList<>());
        }
        List<MemberRow> unplaced = new ArrayList<>();
        for (MemberRow candidate : candidates) {
            Proposal.Placement placement = proposal.placements().get(candidate.personId());
            if (placement == null || placement.group() > proposal.groups()) {
                unplaced.add(candidate);
            } else {
                members.get(placement.group() - 1).add(candidate);
            }
        }
        members.forEach(list -> list.sort(BY_NAME));
        unplaced.sort(BY_NAME);
        Evaluation evaluation = Diversity.evaluate(candidateGroups(members));
        List<ProposalView.ProposedGroup> proposed = new ArrayList<>();
        for (int g = 0; g < members.size(); g++) {
            proposed.add(new ProposalView.ProposedGroup(
                    g + 1,
                    members.get(g).stream()
                            .map(member -> new ProposalView.ProposedMember(
                                    member,
                                    proposal.placements().get(member.personId()).locked()))
                            .toList(),
                    evaluation.groups().get(g)));
        }
        return new ProposalView(
                proposal,
                proposed,
                evaluation,
                unplaced,
                !groups.active(proposal.programmeId()).isEmpty());
    }

    private static List<List<Candidate>> candidateGroups(List<List<MemberRow>> members) {
        return members.stream()
                .map(list -> list.stream().map(MemberRow::candidate).toList())
                .toList();
    }

    private static List<Candidate> candidates(List<MemberRow> rows) {
        return rows.stream().map(MemberRow::candidate).toList();
    }

    private static Map<Long, Proposal.Placement> placements(
            GroupComposer.Composition composition, Map<Long, Integer> locks) {
        Map<Long, Proposal.Placement> placements = new HashMap<>();
        for (int g = 0; g < composition.groups().size(); g++) {
            for (Candidate candidate : composition.groups().get(g)) {
                placements.put(
                        candidate.personId(), new Proposal.Placement(g + 1, locks.containsKey(candidate.personId())));
            }
        }
        return placements;
    }

    private static Proposal replace(Proposal proposal, Map<Long, Proposal.Placement> placements) {
        return new Proposal(
                proposal.programmeId(),
                proposal.seed(),
                proposal.size(),
                proposal.groups(),
                placements,
                proposal.version());
    }

    private static Proposal withVersion(Proposal proposal, long version) {
        return new Proposal(
                proposal.programmeId(),
                proposal.seed(),
                proposal.size(),
                proposal.groups(),
                proposal.placements(),
                version);
    }
}
