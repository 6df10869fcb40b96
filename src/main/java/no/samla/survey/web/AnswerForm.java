package no.samla.survey.web;

import java.util.HashMap;
import java.util.Map;

/** A leader's answers as typed, by question id ({@code answers[questionId]}), so that a refused form comes back as it was. */
public class AnswerForm {

    private Map<Long, String> answers = new HashMap<>();

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<Long, String> answers) {
        this.answers = answers;
    }
}
