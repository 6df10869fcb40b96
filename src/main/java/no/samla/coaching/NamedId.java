package no.samla.coaching;

/** An id with a name: a person or a programme in a choice list. */
public record NamedId(long id, String name) {}
