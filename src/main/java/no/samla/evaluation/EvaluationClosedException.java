package no.samla.evaluation;

/** A leader tried to answer an evaluation that has closed. */
public class EvaluationClosedException extends RuntimeException {

    private final transient Evaluation evaluation;

    public EvaluationClosedException(Evaluation evaluation) {
        super("Evaluation " + evaluation.getId() + " is closed");
        this.evaluation = evaluation;
    }

    public Evaluation evaluation() {
        return evaluation;
    }
}
