package no.samla.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Secondary suppression of results per municipality. Hiding a group below {@link SurveyResults#MINIMUM} is not enough
 * when the whole programme is shown: its count and mean less those of the shown municipalities give the hidden rest.
 * So wherever that rest (hidden municipalities and respondents in none) would be one or two respondents, the smallest
 * shown municipality is hidden too, until the rest is none or at least the minimum. Applied to every round, every
 * factor in a round, and every factor's change.
 */
final class Suppression {

    private Suppression() {}

    static List<SurveyResults.Group> protect(SurveyResults.Group whole, List<SurveyResults.Group> municipalities) {
        List<SurveyResults.Group> result = new ArrayList<>(municipalities);
        for (int r = 0; r < whole.rounds().size(); r++) {
            SurveyResults.RoundGroup total = whole.rounds().get(r);
            if (total.hidden()) {
                continue;
            }
            int round = r;
            result = protectCell(
                    total.respondents(),
                    result,
                    group -> group.rounds().get(round).respondents(),
                    group -> withRound(group, round, group.rounds().get(round).hiddenForOthers()));
            for (int f = 0; f < total.factors().size(); f++) {
                SurveyResults.FactorRound factorTotal = total.factors().get(f);
                if (factorTotal.hidden()) {
                    continue;
                }
                int factor = f;
                result = protectCell(
                        factorTotal.respondents(),
                        result,
                        group -> group.rounds().get(round).hidden()
                                ? null
                                : group.rounds()
                                        .get(round)
                                        .factors()
                                        .get(factor)
                                        .respondents(),
                        group -> {
                            SurveyResults.RoundGroup roundGroup = group.rounds().get(round);
                            List<SurveyResults.FactorRound> factors = new ArrayList<>(roundGroup.factors());
                            factors.set(factor, factors.get(factor).hiddenForOthers());
                            return withRound(
                                    group,
                                    round,
                                    new SurveyResults.RoundGroup(
                                            roundGroup.round(), roundGroup.respondents(), factors, false));
                        });
            }
        }
        for (int c = 0; c < whole.changes().size(); c++) {
            SurveyResults.Change total = whole.changes().get(c);
            for (int f = 0; f < total.factors().size(); f++) {
                SurveyResults.FactorChange factorTotal = total.factors().get(f);
                if (factorTotal.hidden()) {
                    continue;
                }
                int change = c;
                int factor = f;
                result = protectCell(
                        (long) factorTotal.interval().n(),
                        result,
                        group -> {
                            SurveyResults.FactorChange own =
                                    group.changes().get(change).factors().get(factor);
                            return own.hidden() ? null : (long) own.interval().n();
                        },
                        group -> {
                            SurveyResults.Change own = group.changes().get(change);
                            List<SurveyResults.FactorChange> factors = new ArrayList<>(own.factors());
                            factors.set(factor, factors.get(factor).hiddenForOthers());
                            List<SurveyResults.Change> changes = new ArrayList<>(group.changes());
                            changes.set(change, new SurveyResults.Change(own.before(), own.after(), factors));
                            return new SurveyResults.Group(
                                    group.municipalityId(), group.municipalityName(), group.rounds(), changes);
                        });
            }
        }
        return result;
    }

    /**
     * Hides the smallest shown groups of one cell until the rest (the total less the shown groups) is none or at least
     * the minimum. {@code size} gives a group's shown count, or null when it is hidden.
     */
    static List<SurveyResults.Group> protectCell(
            long total,
            List<SurveyResults.Group> groups,
            Function<SurveyResults.Group, Long> size,
            UnaryOperator<SurveyResults.Group> hide) {
        List<SurveyResults.Group> result = new ArrayList<>(groups);
        while (true) {
            long shown = 0;
            int smallest = -1;
            for (int i = 0; i < result.size(); i++) {
                Long n = size.apply(result.get(i));
                if (n != null) {
                    shown += n;
                    if (smallest < 0 || n < size.apply(result.get(smallest))) {
                        smallest = i;
                    }
                }
            }
            long rest = total - shown;
            if (rest == 0 || rest >= SurveyResults.MINIMUM || smallest < 0) {
                return result;
            }
            result.set(smallest, hide.apply(result.get(smallest)));
        }
    }

    private static SurveyResults.Group withRound(
            SurveyResults.Group group, int round, SurveyResults.RoundGroup replacement) {
        List<SurveyResults.RoundGroup> rounds = new ArrayList<>(group.rounds());
        rounds.set(round, replacement);
        return new SurveyResults.Group(group.municipalityId(), group.municipalityName(), rounds, group.changes());
    }
}
