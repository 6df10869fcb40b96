package no.samla.journal;

import no.samla.system.FieldRefusedException;

/** An entry or comment that is not saved, with the field and the message (and its arguments) to show next to it. */
public class LogEntryRefusedException extends FieldRefusedException {

    public LogEntryRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
