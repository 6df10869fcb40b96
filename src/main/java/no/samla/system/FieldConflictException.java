package no.samla.system;

/**
 * A value that breaks a uniqueness rule (an e-mail already in use, say). Forms show the message key
 * next to the named field.
 */
public class FieldConflictException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public FieldConflictException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
