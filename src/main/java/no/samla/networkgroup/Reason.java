package no.samla.networkgroup;

import java.util.List;

/** One line explaining a group's score or a warning about it: a message key with its arguments. */
public record Reason(String key, List<Object> arguments) {

    public static Reason of(String key, Object... arguments) {
        return new Reason(key, List.of(arguments));
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
