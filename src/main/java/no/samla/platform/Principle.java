package no.samla.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One principle of a platform's working draft: its title, what it means, what we do when we live it, and what we stop
 * doing. Its id is its identity across versions, so two versions can be compared principle by principle.
 */
@Entity
@Table(name = "platform_principle")
public class Principle {

    public static final int TITLE_MAX = 120;
    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private String title;

    private String meaning;

    private String practice;

    @Column(name = "stop_doing")
    private String stopDoing;

    @Column(name = "merged_from")
    private String mergedFrom;

    protected Principle() {}

    Principle(int position, Texts texts) {
        this.position = position;
        change(texts);
    }

    void change(Texts texts) {
        this.title = texts.title();
        this.meaning = texts.meaning();
        this.practice = texts.practice();
        this.stopDoing = texts.stopDoing();
    }

    void placeAt(int position) {
        this.position = position;
    }

    /** Takes in another principle's texts below its own and notes its title, for the coordinator to tidy. */
    void absorb(Principle other) {
        this.meaning = join(meaning, other.meaning);
        this.practice = join(practice, other.practice);
        this.stopDoing = join(stopDoing, other.stopDoing);
        String from = mergedFrom == null ? other.title : mergedFrom + "; " + other.title;
        this.mergedFrom = from.length() > 1000 ? from.substring(0, 1000) : from;
    }

    private static String join(String kept, String merged) {
        if (merged == null || merged.isBlank()) {
            return kept;
        }
        if (kept == null || kept.isBlank()) {
            return merged;
        }
        String joined = kept + "\n\n" + merged;
        return joined.length() > TEXT_MAX ? joined.substring(0, TEXT_MAX) : joined;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
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

    /** The titles of the principles merged into this one, or null. */
    public String getMergedFrom() {
        return mergedFrom;
    }

    public Texts texts() {
        return new Texts(title, meaning, practice, stopDoing);
    }

    /** What a principle says; the three texts may be null. */
    public record Texts(String title, String meaning, String practice, String stopDoing) {

        /** Stripped, with blank texts as null. */
        public Texts clean() {
            return new Texts(title.strip(), blankAsNull(meaning), blankAsNull(practice), blankAsNull(stopDoing));
        }

        private static String blankAsNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
