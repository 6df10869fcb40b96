package no.samla.networkgroup;

/** A meeting plan or a meeting that cannot be, with the message key and arguments that say why. */
public class MeetingPlanException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public MeetingPlanException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
