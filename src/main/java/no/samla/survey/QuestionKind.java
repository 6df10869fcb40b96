package no.samla.survey;

/** A statement answered on the scale 1 to 5, or a question answered in free text. */
public enum QuestionKind {
    SCALE,
    TEXT
}
