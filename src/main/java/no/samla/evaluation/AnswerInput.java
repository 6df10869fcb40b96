package no.samla.evaluation;

import java.util.HashMap;
import java.util.Map;

/** An answer as typed: everything as text, checked by {@link Evaluations#check}. Extra answers by question id. */
public record AnswerInput(String score, String wentWell, String couldBeBetter, Map<Long, String> extra) {

    public AnswerInput {
        extra = extra == null ? new HashMap<>() : new HashMap<>(extra);
    }

    public static AnswerInput of(Answer answer) {
        Map<Long, String> extra = new HashMap<>();
        answer.items().forEach((id, item) -> extra.put(id, item.score() != null ? item.score() + "" : item.text()));
        return new AnswerInput(answer.score() + "", answer.wentWell(), answer.couldBeBetter(), extra);
    }
}
