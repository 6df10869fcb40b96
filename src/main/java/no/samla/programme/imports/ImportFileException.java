package no.samla.programme.imports;

/** A file that cannot be imported at all: the message key (and its argument) says why. */
class ImportFileException extends Exception {

    private final String messageKey;
    private final Object argument;

    ImportFileException(String messageKey) {
        this(messageKey, null);
    }

    ImportFileException(String messageKey, Object argument) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.argument = argument;
    }

    String messageKey() {
        return messageKey;
    }

    Object argument() {
        return argument;
    }
}
