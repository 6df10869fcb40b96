package no.samla.survey;

/** A round as a leader sees it: the survey, the programme's name and whether they have answered it. */
public record LeaderRound(SurveyRound round, Survey survey, String programmeName, boolean answered) {}
