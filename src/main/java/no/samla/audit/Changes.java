package no.samla.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which fields of a form's data changed, by name and never by value: an audit summary must not copy what someone wrote,
 * and the names alone tell what kind of change it was.
 */
public final class Changes {

    private Changes() {}

    /** "changed: email, title" for two values of the same record type, or "no fields changed". */
    public static <T extends Record> String between(T before, T after) {
        return summary(fields(before, after));
    }

    /** The names of the components that differ, in the record's order. */
    public static <T extends Record> List<String> fields(T before, T after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            try {
                Object was = component.getAccessor().invoke(before);
                Object is = component.getAccessor().invoke(after);
                if (!Objects.equals(was, is)) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component, e);
            }
        }
        return changed;
    }

    public static String summary(List<String> fields) {
        return fields.isEmpty() ? "no fields changed" : "changed: " + String.join(", ", fields);
    }
}
