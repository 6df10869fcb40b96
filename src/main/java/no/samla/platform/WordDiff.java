package no.samla.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two texts word by word, from the longest common subsequence of their words: the words both
 * share, and those only the old one or only the new one has, in reading order. White space is not compared.
 */
public final class WordDiff {

    /** Texts longer than this many words are compared as one changed block, to bound time and memory. */
    static final int MAX_WORDS = 2000;

    private WordDiff() {}

    public enum Kind {
        SAME,
        ADDED,
        REMOVED
    }

    /** A run of words of one kind, joined by single spaces. */
    public record Part(Kind kind, String text) {}

    public static List<Part> of(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        List<Part> parts = new ArrayList<>();
        if (a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
            add(parts, Kind.REMOVED, a);
            add(parts, Kind.ADDED, b);
            return parts;
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                append(parts, Kind.SAME, a.get(i));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                append(parts, Kind.REMOVED, a.get(i++));
            } else {
                append(parts, Kind.ADDED, b.get(j++));
            }
        }
        add(parts, Kind.REMOVED, a.subList(i, a.size()));
        add(parts, Kind.ADDED, b.subList(j, b.size()));
        return parts;
    }

    /** Whether the texts have the same words (null and blank count as no words). */
    public static boolean sameWords(String before, String after) {
        return words(before).equals(words(after));
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().split("\\s+"));
    }

    private static void add(List<Part> parts, Kind kind, List<String> words) {
        words.forEach(word -> append(parts, kind, word));
    }

    private static void append(List<Part> parts, Kind kind, String word) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(kind, last.text() + " " + word));
        } else {
            parts.add(new Part(kind, word));
        }
    }
}
