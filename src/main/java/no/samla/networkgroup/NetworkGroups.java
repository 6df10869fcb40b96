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
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
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

    /** The groups a person is in now, each with its other members, in two queries. */
    public Map<PersonalGroup, List<MemberRow>> groupsOf(long personId) {
        List<PersonalGroup> mine = groups.activeGroupsOf(personId);
        if (mine.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<MemberRow>> members = groups.membersOfGroupsOf(personId).stream()
                .filter(member -> member.personId() != personId)
                .collect(Collectors.groupingBy(MemberRow::groupId));
        Map<PersonalGroup, List<MemberRow>> result = new LinkedHashMap<>();
        mine.forEach(group -> result.put(group, members.getOrDefault(group.groupId(), List.of())));
        return result;
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
