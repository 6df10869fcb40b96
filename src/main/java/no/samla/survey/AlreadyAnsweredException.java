package no.samla.survey;

/** The respondent has answered the round already; a round is answered once, and the first answer stands. */
public class AlreadyAnsweredException extends RuntimeException {

    public AlreadyAnsweredException(long roundId) {
        super("Survey round " + roundId + " already answered");
    }
}
