package no.samla.gathering;

import no.samla.system.FieldRefusedException;

/** An uploaded file or link that is not taken, with the message (and its arguments) to show next to its field. */
public class MaterialRefusedException extends FieldRefusedException {

    public MaterialRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
