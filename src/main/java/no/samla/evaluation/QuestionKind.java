package no.samla.evaluation;

/** An extra question is answered on the 1–5 scale or in free text. */
public enum QuestionKind {
    SCALE,
    TEXT
}
