package no.samla.coaching;

import java.util.List;

/**
 * A coaching request that breaks a rule the user must be told about (a slot already taken, the quota used up, a
 * time in the past, a deadline passed); pages show the message with its arguments.
 */
public class CoachingRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public CoachingRefusedException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private CoachingRefusedException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** A refusal that a form shows next to one of its fields. */
    public static CoachingRefusedException onField(String field, String messageKey, Object... arguments) {
        return new CoachingRefusedException(field, messageKey, arguments);
    }

    /** The form field the message belongs to, or null for a refusal of the whole request. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
