package no.samla.system.web;

import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * A part of the start page that a module contributes (a leader's next gatherings, open evaluations, a calendar
 * feed...). The start page shows every section that has something for the signed-in user, in {@link #order()}.
 */
public interface HomeSection {

    /** Lower comes first. */
    int order();

    /** What this section shows the user, or empty when it has nothing for them. */
    Optional<Content> content(Authentication user);

    /**
     * A Thymeleaf fragment (for example {@code "gathering/home :: upcoming"}) and the model it reads; the fragment
     * gets the model under the name {@code section}.
     */
    record Content(String fragment, Map<String, Object> model) {}
}
