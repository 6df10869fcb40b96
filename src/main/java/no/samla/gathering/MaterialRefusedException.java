package no.samla.gathering;

/** An uploaded file or link that is not taken, with the message (and its arguments) to show next to its field. */
public class MaterialRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public MaterialRefusedException(String field, String messageKey, Object... arguments) {
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
