package no.samla.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import no.samla.platform.PlatformDiff.Change;
import no.samla.platform.PlatformDiff.Row;
import org.junit.jupiter.api.Test;

class PlatformDiffTest {

    @Test
    void principlesAreMatchedByTheirStableIdsNotByTitleOrPlace() {
        PlatformVersion before = version(1, principle(1, "Tillit"), principle(2, "Læring"), principle(3, "Deling"));
        PlatformVersion after =
                version(2, principle(2, "Læring av feil"), principle(1, "Tillit"), principle(4, "Nytt"));

        PlatformDiff diff = PlatformDiff.of(before, after);

        assertThat(diff.rows())
                .extracting(row -> row.before() == null ? null : row.before().getPrincipleId())
                .containsExactly(2L, 1L, 3L, null);
        assertThat(diff.count(Change.ADDED)).isEqualTo(1);
        assertThat(diff.count(Change.REMOVED)).isEqualTo(1);
        assertThat(diff.count(Change.CHANGED)).isEqualTo(1);
        assertThat(diff.movedCount()).isEqualTo(1);
        Row learning = diff.rows().get(0);
        assertThat(learning.change()).isEqualTo(Change.CHANGED);
        assertThat(learning.fields().get(0).parts()).contains(new WordDiff.Part(WordDiff.Kind.ADDED, "av feil"));
        Row removed = diff.rows().get(2);
        assertThat(removed.change()).isEqualTo(Change.REMOVED);
        assertThat(removed.fromPosition()).isEqualTo(3);
        assertThat(removed.toPosition()).isZero();
    }

    @Test
    void theSameVersionHasNoChanges() {
        PlatformVersion one = version(1, principle(1, "Tillit"), principle(2, "Læring"));
        PlatformDiff diff = PlatformDiff.of(one, one);
        assertThat(diff.rows()).extracting(Row::change).containsOnly(Change.SAME);
        assertThat(diff.movedCount()).isZero();
    }

    @Test
    void onlyThePrincipleTakenOutOfOrderCountsAsMoved() {
        PlatformVersion before = version(1, principle(1, "A"), principle(2, "B"), principle(3, "C"), principle(4, "D"));
        PlatformVersion after = version(2, principle(4, "D"), principle(1, "A"), principle(2, "B"), principle(3, "C"));
        PlatformDiff diff = PlatformDiff.of(before, after);
        assertThat(diff.movedCount()).isEqualTo(1);
        assertThat(diff.rows().get(0).moved()).isTrue();
        assertThat(diff.rows().get(0).fromPosition()).isEqualTo(4);
        assertThat(diff.rows().get(0).toPosition()).isEqualTo(1);
    }

    private static PlatformVersion version(int number, Principle... principles) {
        return new PlatformVersion(1L, number, null, 1L, Instant.EPOCH, List.of(principles));
    }

    private static Principle principle(long id, String title) {
        Principle principle = new Principle(0, new Principle.Texts(title, title + " betyr noe", null, null));
        try {
            Field field = Principle.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(principle, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return principle;
    }
}
