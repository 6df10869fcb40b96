package no.samla.innovation.method;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a user journey: what the user does, how they feel (1 very bad to 5 very good) and the pain points. */
@Entity
@Table(name = "innovation_journey_step")
public class JourneyStep {

    /** The lowest and highest feeling on the scale. */
    public static final int WORST = 1;

    public static final int BEST = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private String action;

    private int feeling;

    @Column(name = "pain_points")
    private String painPoints;

    protected JourneyStep() {}

    JourneyStep(int position, Data data) {
        this.position = position;
        change(data);
    }

    void change(Data data) {
        this.action = data.action();
        this.feeling = data.feeling();
        this.painPoints = data.painPoints();
    }

    void placeAt(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getAction() {
        return action;
    }

    public int getFeeling() {
        return feeling;
    }

    public String getPainPoints() {
        return painPoints;
    }

    /** What a step says: the action, a feeling from {@link #WORST} to {@link #BEST}, and pain points (or null). */
    public record Data(String action, int feeling, String painPoints) {}
}
