package no.samla.survey;

import java.time.LocalDate;

/** A survey round open today as a participant's programme page lists it: which, until when, and answered or not. */
public record OpenRound(
        long roundId,
        RoundKind kind,
        LocalDate opensOn,
        LocalDate closesOn,
        long surveyId,
        String surveyTitle,
        boolean answered) {

    OpenRound answered(boolean answered) {
        return new OpenRound(roundId, kind, opensOn, closesOn, surveyId, surveyTitle, answered);
    }
}
