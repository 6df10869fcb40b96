package no.samla.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rest of the whole programme less the shown municipalities is never one or two. */
class SuppressionTest {

    @Test
    void aSingleSmallMunicipalityHidesTheSmallestShownOne() {
        assertThat(shown(8, 6L, null)).containsExactly(null, null);
        assertThat(shown(11, 6L, 3L, null)).containsExactly(6L, null, null);
    }

    @Test
    void aRestOfThreeOrNoneNeedsNothingMore() {
        assertThat(shown(9, 6L, null)).containsExactly(6L, null);
        assertThat(shown(9, 6L, 3L)).containsExactly(6L, 3L);
        assertThat(shown(13, 5L, 4L, 4L)).containsExactly(5L, 4L, 4L);
    }

    @Test
    void respondentsInNoMunicipalityCountAsRest() {
        assertThat(shown(10, 5L, 4L)).containsExactly(5L, null);
    }

    /** The shown sizes after protecting a total; null for a hidden group. */
    private static List<Long> shown(long total, Long... sizes) {
        List<SurveyResults.Group> groups = new ArrayList<>();
        for (Long size : sizes) {
            groups.add(new SurveyResults.Group(
                    1L, "M", List.of(new SurveyResults.RoundGroup(null, size, List.of())), List.of()));
        }
        List<SurveyResults.Group> result = Suppression.protectCell(
                total,
                groups,
                group -> group.rounds().get(0).respondents(),
                group -> new SurveyResults.Group(
                        group.municipalityId(),
                        group.municipalityName(),
                        List.of(group.rounds().get(0).hiddenForOthers()),
                        group.changes()));
        return result.stream()
                .map(group -> group.rounds().get(0).respondents())
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }
}
