package no.samla.innovation.method;

/**
 * An idea in the list by votes: its dots in all and the user's own, its place (ideas with as many dots share a place,
 * {@code tied}) and whether it is shortlisted.
 */
public record IdeaRow(
        long id,
        String title,
        String description,
        boolean shortlisted,
        String author,
        long dots,
        long mine,
        long place,
        boolean tied) {}
