package no.samla.system.web;

import java.util.Map;
import java.util.Optional;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.security.core.Authentication;

/**
 * A part of the start page that a module contributes (a leader's next gatherings, open evaluations, a calendar
 * feed...). The start page shows every section that has something for the signed-in user, in {@link #order()}.
 */
public interface HomeSection {

    /** Lower comes first. */
    int order();

    /**
     * What this section shows the user, or empty when it has nothing for them. A section asks {@code reads} for what
     * it reads, and the start page sends the reads of all sections together before it shows them; a section that
     * reads rarely (only for some roles) may read at once and hand back {@link Deferred#of} its answer.
     */
    Deferred<Optional<Content>> content(Authentication user, ReadBatch reads);

    /**
     * A Thymeleaf fragment (for example {@code "gathering/home :: upcoming"}) and the model it reads; the fragment
     * gets the model under the name {@code section}.
     */
    record Content(String fragment, Map<String, Object> model) {}
}
