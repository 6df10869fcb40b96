package no.samla.system.privacy;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's data as the holders hand it over: sections (one per module), each with kinds of records, each record
 * its fields by name. Values are kept as text, numbers and booleans, so that the JSON file and the PDF show the same.
 * File contents are left out; a file is named with its size and can be downloaded in Samla.
 */
public final class PersonalDataExport {

    private final Map<String, Map<String, List<Map<String, Object>>>> sections = new LinkedHashMap<>();

    /** Adds records of one kind to a section; a kind with no records is still listed, as empty. */
    public void add(String section, String kind, List<Map<String, Object>> records) {
        List<Map<String, Object>> target = sections.computeIfAbsent(section, s -> new LinkedHashMap<>())
                .computeIfAbsent(kind, k -> new ArrayList<>());
        for (Map<String, Object> record : records) {
            Map<String, Object> plain = new LinkedHashMap<>();
            record.forEach((field, value) -> {
                if (!(value instanceof byte[])) {
                    plain.put(field, plain(value));
                }
            });
            target.add(plain);
        }
    }

    public Map<String, Map<String, List<Map<String, Object>>>> sections() {
        return Collections.unmodifiableMap(sections);
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Array array) {
            try {
                return Arrays.stream((Object[]) array.getArray())
                        .map(PersonalDataExport::plain)
                        .toList();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read an array value", e);
            }
        }
        return value.toString();
    }
}
