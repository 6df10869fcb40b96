package no.samla.platform;

import java.util.List;
import java.util.Map;

/**
 * What leaders have said about one principle: the number of comments, the latest few, the count per reaction and the
 * viewer's own reaction (or null).
 */
public record PrincipleActivity(long comments, List<CommentRow> latest, Map<Reaction, Long> reactions, Reaction mine) {

    public long count(Reaction reaction) {
        return reactions.getOrDefault(reaction, 0L);
    }
}
