package no.samla.gathering;

import java.time.LocalDate;
import java.util.List;
import no.samla.programme.GatheringSchedule;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The gathering module's facade, and the programme module's view of the gatherings. */
@Service
@Transactional(readOnly = true)
public class Gatherings implements GatheringSchedule {

    private final GatheringRepository gatherings;

    Gatherings(GatheringRepository gatherings) {
        this.gatherings = gatherings;
    }

    public List<Gathering> of(long programmeId) {
        return gatherings.findByProgramme(programmeId);
    }

    public Gathering get(long programmeId, long id) {
        return gatherings
                .findById(id)
                .filter(gathering -> gathering.getProgrammeId() == programmeId)
                .orElseThrow(() -> new NotFoundException("Gathering", id));
    }

    public int nextNumber(long programmeId) {
        return gatherings.highestNumber(programmeId) + 1;
    }

    @Transactional
    public Gathering create(long programmeId, GatheringData data) {
        if (gatherings.numberTaken(programmeId, data.number(), null)) {
            throw new FieldConflictException("number", "gathering.number.taken");
        }
        return gatherings.save(new Gathering(programmeId, data));
    }

    @Transactional
    public Gathering update(long programmeId, long id, long formVersion, GatheringData data) {
        Gathering gathering = get(programmeId, id);
        StaleEditException.check(gathering.getVersion(), formVersion);
        if (gatherings.numberTaken(programmeId, data.number(), id)) {
            throw new FieldConflictException("number", "gathering.number.taken");
        }
        gathering.update(data);
        return gathering;
    }

    @Transactional
    public void delete(long programmeId, long id) {
        gatherings.delete(get(programmeId, id));
    }

    @Override
    public List<ScheduledGathering> gatheringsOf(long programmeId) {
        return of(programmeId).stream()
                .map(g -> new ScheduledGathering(
                        g.getId(),
                        g.getNumber(),
                        g.getTitle(),
                        g.getTheme(),
                        g.getFormat().name(),
                        g.getStartDate(),
                        g.getEndDate(),
                        g.getFormat().adviserDays()))
                .toList();
    }

    @Override
    public java.util.Map<Long, Long> countsOf(java.util.Collection<Long> programmeIds) {
        if (programmeIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] row : gatherings.countByProgramme(programmeIds)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    @Transactional
    public void copy(long fromProgrammeId, long toProgrammeId, LocalDate firstDate, int weeksBetween) {
        List<Gathering> source = of(fromProgrammeId);
        for (int i = 0; i < source.size(); i++) {
            GatheringData data = source.get(i).data();
            gatherings.save(new Gathering(
                    toProgrammeId,
                    new GatheringData(
                            data.number(),
                            data.title(),
                            data.theme(),
                            data.format(),
                            firstDate.plusWeeks((long) weeksBetween * i),
                            data.agendaOutline())));
        }
    }
}
