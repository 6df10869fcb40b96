package no.samla.evaluation;

import java.util.Map;

/**
 * One answer to an evaluation: the score, the two free texts and the extra questions' answers by question id.
 * {@code personId} is known only for an evaluation that is not anonymous.
 */
public record Answer(Long personId, int score, String wentWell, String couldBeBetter, Map<Long, Item> items) {

    /** The answer to one extra question: a score for a scale question, a text for a text question. */
    public record Item(Integer score, String text) {}

    public Item item(long questionId) {
        return items.get(questionId);
    }
}
