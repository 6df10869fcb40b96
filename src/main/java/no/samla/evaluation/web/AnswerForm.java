package no.samla.evaluation.web;

import java.util.HashMap;
import java.util.Map;
import no.samla.evaluation.AnswerInput;

/**
 * A leader's answer as its form shows it: everything as typed, so that a rejected answer comes back as it was. The
 * extra questions' answers are named {@code extra[questionId]}.
 */
public class AnswerForm {

    private String score;
    private String wentWell;
    private String couldBeBetter;
    private Map<Long, String> extra = new HashMap<>();

    static AnswerForm of(AnswerInput input) {
        AnswerForm form = new AnswerForm();
        form.score = input.score();
        form.wentWell = input.wentWell();
        form.couldBeBetter = input.couldBeBetter();
        form.extra = new HashMap<>(input.extra());
        return form;
    }

    AnswerInput toInput() {
        return new AnswerInput(score, wentWell, couldBeBetter, extra);
    }

    public String getScore() {
        return score;
    }

    public void setScore(String score) {
        this.score = score;
    }

    public String getWentWell() {
        return wentWell;
    }

    public void setWentWell(String wentWell) {
        this.wentWell = wentWell;
    }

    public String getCouldBeBetter() {
        return couldBeBetter;
    }

    public void setCouldBeBetter(String couldBeBetter) {
        this.couldBeBetter = couldBeBetter;
    }

    public Map<Long, String> getExtra() {
        return extra;
    }

    public void setExtra(Map<Long, String> extra) {
        this.extra = extra;
    }
}
