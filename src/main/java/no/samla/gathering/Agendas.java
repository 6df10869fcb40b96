package no.samla.gathering;

import java.util.List;
import java.util.Locale;
import no.samla.people.People;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agendas of gatherings: items per day in order, with their times worked out. Every method takes the
 * programme too, so that an item is only ever reached through the programme the caller may see.
 */
@Service
@Transactional(readOnly = true)
public class Agendas {

    /** Which way an item moves within its day. */
    public enum Direction {
        UP,
        DOWN
    }

    private final Gatherings gatherings;
    private final AgendaItemRepository items;
    private final People people;

    Agendas(Gatherings gatherings, AgendaItemRepository items, People people) {
        this.gatherings = gatherings;
        this.items = items;
        this.people = people;
    }

    public Agenda of(long programmeId, long gatheringId) {
        Gathering gathering = gatherings.get(programmeId, gatheringId);
        return Agenda.of(gathering, items.findByGathering(gatheringId));
    }

    /** The gathering with this number in the programme, or a 404. */
    public Gathering gathering(long programmeId, int number) {
        return gatherings.of(programmeId).stream()
                .filter(gathering -> gathering.getNumber() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Gathering number", number));
    }

    public AgendaItem get(long programmeId, long gatheringId, long itemId) {
        gatherings.get(programmeId, gatheringId);
        return items.findById(itemId)
                .filter(item -> item.getGatheringId() == gatheringId)
                .orElseThrow(() -> new NotFoundException("Agenda item", itemId));
    }

    /** Adds the item at the end of its day. */
    @Transactional
    public AgendaItem add(long programmeId, long gatheringId, AgendaItemData data) {
        Gathering gathering = gatherings.get(programmeId, gatheringId);
        check(gathering, data);
        items.lockGathering(gatheringId);
        AgendaItem item =
                items.save(new AgendaItem(gatheringId, items.lastPosition(gatheringId, data.day()) + 1, data));
        gatherings.recordChange(programmeId, gatheringId, "agenda item " + item.getId() + " added");
        return item;
    }

    /** Changes the item; moved to another day, it goes to the end of that day. */
    @Transactional
    public AgendaItem update(long programmeId, long gatheringId, long itemId, long formVersion, AgendaItemData data) {
        AgendaItem item = get(programmeId, gatheringId, itemId);
        StaleEditException.check(item.getVersion(), formVersion);
        check(gatherings.get(programmeId, gatheringId), data);
        if (data.day() != item.getDay()) {
            items.lockGathering(gatheringId);
            item.placeAt(items.lastPosition(gatheringId, data.day()) + 1);
        }
        item.update(data);
        gatherings.recordChange(programmeId, gatheringId, "agenda item " + itemId + " changed");
        return item;
    }

    @Transactional
    public void delete(long programmeId, long gatheringId, long itemId) {
        items.delete(get(programmeId, gatheringId, itemId));
        gatherings.recordChange(programmeId, gatheringId, "agenda item " + itemId + " deleted");
    }

    /**
     * Swaps the item with its neighbour in the same day; at the start or end of its day nothing changes.
     * The order's uniqueness is checked at commit, so the swap needs no temporary position.
     */
    @Transactional
    public AgendaItem move(long programmeId, long gatheringId, long itemId, Direction direction) {
        AgendaItem item = get(programmeId, gatheringId, itemId);
        items.lockGathering(gatheringId);
        List<AgendaItem> day = items.findByGathering(gatheringId).stream()
                .filter(other -> other.getDay() == item.getDay())
                .toList();
        int index = day.indexOf(item);
        int neighbourIndex = direction == Direction.UP ? index - 1 : index + 1;
        if (index < 0 || neighbourIndex < 0 || neighbourIndex >= day.size()) {
            return item;
        }
        AgendaItem neighbour = day.get(neighbourIndex);
        int position = item.getPosition();
        item.placeAt(neighbour.getPosition());
        neighbour.placeAt(position);
        gatherings.recordChange(
                programmeId,
                gatheringId,
                "agenda item " + itemId + " moved " + direction.name().toLowerCase(Locale.ROOT));
        return item;
    }

    private void check(Gathering gathering, AgendaItemData data) {
        if (data.day() < 1 || data.day() > gathering.getFormat().calendarDays()) {
            throw new FieldConflictException("day", "agenda.day.outside");
        }
        if (data.responsiblePersonId() != null
                && people.getAll(List.of(data.responsiblePersonId())).isEmpty()) {
            throw new FieldConflictException("responsiblePersonId", "agenda.responsible.unknown");
        }
    }
}
