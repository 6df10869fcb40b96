package no.samla.people;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a sign-in through an organisation was refused, by the name the login page is given ({@code /login?sso=...}) and
 * explains it by ({@code login.sso.problem.<name>}).
 */
public enum SingleSignOnRefusal {
    NO_ACCOUNT("no-account"),
    UNVERIFIED("unverified"),
    UNAVAILABLE("unavailable"),
    FAILED("failed");

    private final String parameter;

    SingleSignOnRefusal(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The refusal a parameter names; none for anything else, which the page then does not explain. */
    public static Optional<SingleSignOnRefusal> fromParameter(String parameter) {
        return Arrays.stream(values())
                .filter(refusal -> refusal.parameter.equals(parameter))
                .findFirst();
    }
}
