package no.samla.survey;

/** The round is not open today: it has closed, or has not opened yet. */
public class RoundClosedException extends RuntimeException {

    private final transient SurveyRound round;

    public RoundClosedException(SurveyRound round) {
        super("Survey round " + round.getId() + " is not open");
        this.round = round;
    }

    public SurveyRound round() {
        return round;
    }
}
