package no.samla.system.web;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** What a form's repeated fields hold, read the same way by every form. */
public final class FormValues {

    private FormValues() {}

    /**
     * The ids ticked, without the empty ones: a blank or unreadable value binds as null (an unreadable one has its
     * message next to the field already), and a set of ids must not hold null.
     */
    public static Set<Long> ids(Collection<Long> ids) {
        return ids == null ? Set.of() : ids.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }
}
