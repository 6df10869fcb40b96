package no.samla.innovation.method;

import no.samla.innovation.InnovationCase;
import no.samla.programme.Programme;

/**
 * The case a method tool page is about, as the user may use it: {@code editable} for its team and the programme's
 * coordinators, {@code teamMember} for those who may vote on its ideas.
 */
public record ToolCase(InnovationCase innovationCase, Programme programme, boolean editable, boolean teamMember) {

    public long id() {
        return innovationCase.getId();
    }
}
