package no.samla.innovation.benefit;

/** A person who may own a benefit: on the case's team or on the programme's staff. */
public record PersonChoice(long id, String name) {}
