package no.samla.gathering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

/** One item of a gathering's agenda: its place in a day, what it is and how long it takes. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "gathering_id")
    private long gatheringId;

    private int day;

    /** Moving an item is not an edit of it: an open edit form stays valid. */
    @OptimisticLock(excluded = true)
    private int position;

    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type")
    private AgendaItemType type;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Column(name = "responsible_person_id")
    private Long responsiblePersonId;

    private String note;

    @Version
    private long version;

    protected AgendaItem() {}

    /** An item read as it is stored, for showing only (a participant's next gathering); never saved. */
    AgendaItem(
            long id, long gatheringId, int day, int position, String title, AgendaItemType type, int durationMinutes) {
        this.id = id;
        this.gatheringId = gatheringId;
        this.day = day;
        this.position = position;
        this.title = title;
        this.type = type;
        this.durationMinutes = durationMinutes;
    }

    AgendaItem(long gatheringId, int position, AgendaItemData data) {
        this.gatheringId = gatheringId;
        this.position = position;
        update(data);
    }

    void update(AgendaItemData data) {
        this.day = data.day();
        this.title = data.title();
        this.type = data.type();
        this.durationMinutes = data.durationMinutes();
        this.responsiblePersonId = data.responsiblePersonId();
        this.note = data.note();
    }

    void placeAt(int position) {
        this.position = position;
    }

    public AgendaItemData data() {
        return new AgendaItemData(day, title, type, durationMinutes, responsiblePersonId, note);
    }

    public Long getId() {
        return id;
    }

    public long getGatheringId() {
        return gatheringId;
    }

    public int getDay() {
        return day;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public AgendaItemType getType() {
        return type;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public Long getResponsiblePersonId() {
        return responsiblePersonId;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
