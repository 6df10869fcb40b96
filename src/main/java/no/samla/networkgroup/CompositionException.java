package no.samla.networkgroup;

import java.util.List;

/**
 * Groups cannot be composed as asked: too few participants, sizes outside 3–8, locks that contradict each other,
 * or a leader who cannot be kept apart from their manager. Carries a message key and its arguments.
 */
public class CompositionException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public CompositionException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
