package no.samla.evaluation;

/** One line of a programme's evaluations: a gathering (or the whole programme) and its evaluation, if any. */
public record OverviewLine(Subject subject, Evaluation evaluation, long answered, long participants) {

    public Long responseRate() {
        return participants == 0 ? null : Math.round(answered * 100.0 / participants);
    }
}
