package no.samla.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A principle as it stood in a saved version, with the stable id of the principle it was. */
@Embeddable
public class VersionPrinciple {

    @Column(name = "principle_id")
    private long principleId;

    private String title;

    private String meaning;

    private String practice;

    @Column(name = "stop_doing")
    private String stopDoing;

    protected VersionPrinciple() {}

    VersionPrinciple(long principleId, Principle.Texts texts) {
        this.principleId = principleId;
        this.title = texts.title();
        this.meaning = texts.meaning();
        this.practice = texts.practice();
        this.stopDoing = texts.stopDoing();
    }

    public long getPrincipleId() {
        return principleId;
    }

    public String getTitle() {
        return title;
    }

    public String getMeaning() {
        return meaning;
    }

    public String getPractice() {
        return practice;
    }

    public String getStopDoing() {
        return stopDoing;
    }

    public Principle.Texts texts() {
        return new Principle.Texts(title, meaning, practice, stopDoing);
    }
}
