package no.samla.innovation.pitch.web;

import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import no.samla.innovation.pitch.ScoreSheet;

/**
 * A panel member's scores for one case, by criterion id ({@code scores[id]}), and a comment. A bean rather than a
 * record so that the indexed map binds field by field and a bad value stays next to its own criterion.
 */
public class ScoreForm {

    private Map<Long, Integer> scores = new LinkedHashMap<>();

    @Size(max = 2000)
    private String comment;

    static ScoreForm of(ScoreSheet sheet) {
        ScoreForm form = new ScoreForm();
        form.scores.putAll(sheet.values());
        form.comment = sheet.comment();
        return form;
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }

    public void setScores(Map<Long, Integer> scores) {
        this.scores = scores;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
