package no.samla.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samla.platform.WordDiff.Kind;
import no.samla.platform.WordDiff.Part;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void sameTextsAreOneUnchangedPart() {
        assertThat(WordDiff.of("Vi stoler på hverandre", "Vi  stoler på\nhverandre"))
                .containsExactly(new Part(Kind.SAME, "Vi stoler på hverandre"));
        assertThat(WordDiff.sameWords("Vi stoler", " Vi\tstoler ")).isTrue();
    }

    @Test
    void anAddedWordIsMarkedInPlace() {
        assertThat(WordDiff.of("Vi lærer av feil", "Vi lærer mye av feil"))
                .containsExactly(
                        new Part(Kind.SAME, "Vi lærer"), new Part(Kind.ADDED, "mye"), new Part(Kind.SAME, "av feil"));
    }

    @Test
    void aReplacedWordIsRemovedThenAdded() {
        assertThat(WordDiff.of("Tydelige forventninger til alle", "Tydelige krav til alle"))
                .containsExactly(
                        new Part(Kind.SAME, "Tydelige"),
                        new Part(Kind.REMOVED, "forventninger"),
                        new Part(Kind.ADDED, "krav"),
                        new Part(Kind.SAME, "til alle"));
    }

    @Test
    void emptyAndNullTextsAreAllAddedOrAllRemoved() {
        assertThat(WordDiff.of(null, "Nytt prinsipp")).containsExactly(new Part(Kind.ADDED, "Nytt prinsipp"));
        assertThat(WordDiff.of("Gammelt prinsipp", "  ")).containsExactly(new Part(Kind.REMOVED, "Gammelt prinsipp"));
        assertThat(WordDiff.of(null, null)).isEmpty();
        assertThat(WordDiff.sameWords(null, "")).isTrue();
    }

    @Test
    void theCommonWordsAreTheLongestSubsequence() {
        List<Part> parts = WordDiff.of("a b c d e f", "a c d x f b");
        String before = join(parts, Kind.ADDED);
        String after = join(parts, Kind.REMOVED);
        assertThat(before).isEqualTo("a b c d e f");
        assertThat(after).isEqualTo("a c d x f b");
        long same = parts.stream()
                .filter(part -> part.kind() == Kind.SAME)
                .mapToLong(part -> part.text().split(" ").length)
                .sum();
        assertThat(same).isEqualTo(4);
    }

    @Test
    void veryLongTextsAreComparedAsOneBlock() {
        String longText = "ord ".repeat(WordDiff.MAX_WORDS + 1);
        assertThat(WordDiff.of(longText, longText + "til"))
                .extracting(Part::kind)
                .containsExactly(Kind.REMOVED, Kind.ADDED);
    }

    /** The text of one side: every part except those of the other side's kind. */
    private static String join(List<Part> parts, Kind otherSide) {
        return String.join(
                " ",
                parts.stream()
                        .filter(part -> part.kind() != otherSide)
                        .map(Part::text)
                        .toList());
    }
}
