package no.samla.system;

/**
 * Input a facade does not take, with the form field it concerns and the message (and its arguments) to show next to
 * that field.
 */
public class FieldRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public FieldRefusedException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
