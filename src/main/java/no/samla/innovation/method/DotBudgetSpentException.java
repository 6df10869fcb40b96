package no.samla.innovation.method;

/** A team member tried to put more dots on a case's ideas than their budget allows. */
public class DotBudgetSpentException extends RuntimeException {

    public DotBudgetSpentException(int budget) {
        super("All " + budget + " dots are in use");
    }
}
