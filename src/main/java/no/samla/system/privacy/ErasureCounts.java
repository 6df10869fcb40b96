package no.samla.system.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samla.system.privacy.ErasureLine.Treatment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A holder's erasure preview counted in one statement: each kind names its rows as what follows {@code from} in a
 * count, so that a holder can build its delete or update from the same text and the preview cannot say otherwise. Each
 * {@code ?} in a kind's rows is the person, unless the kind gives its own arguments.
 */
public final class ErasureCounts {

    private record Kind(String name, Treatment treatment, String reason, String rows, Object[] arguments) {}

    private final JdbcTemplate jdbc;
    private final long personId;
    private final List<Kind> kinds = new ArrayList<>();

    private ErasureCounts(JdbcTemplate jdbc, long personId) {
        this.jdbc = jdbc;
        this.personId = personId;
    }

    public static ErasureCounts of(JdbcTemplate jdbc, long personId) {
        return new ErasureCounts(jdbc, personId);
    }

    public ErasureCounts deleted(String kind, String rows, String reason) {
        return add(kind, Treatment.DELETED, rows, reason);
    }

    public ErasureCounts anonymised(String kind, String rows, String reason) {
        return add(kind, Treatment.ANONYMISED, rows, reason);
    }

    public ErasureCounts kept(String kind, String rows, String reason) {
        return add(kind, Treatment.KEPT, rows, reason);
    }

    /** A kind whose rows take the given arguments in place of the person, in order. */
    public ErasureCounts add(String kind, Treatment treatment, String rows, String reason, Object... arguments) {
        kinds.add(new Kind(kind, treatment, reason, rows, arguments.length == 0 ? null : arguments));
        return this;
    }

    /** The lines in the order the kinds were added; one statement. */
    public List<ErasureLine> lines() {
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<String> counts = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            Kind kind = kinds.get(i);
            counts.add("(select count(*) from " + kind.rows() + ") as n" + i);
            if (kind.arguments() != null) {
                arguments.addAll(List.of(kind.arguments()));
            } else {
                kind.rows().chars().filter(c -> c == '?').forEach(c -> arguments.add(personId));
            }
        }
        Map<String, Object> row = jdbc.queryForMap("select " + String.join(", ", counts), arguments.toArray());
        List<ErasureLine> lines = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            Kind kind = kinds.get(i);
            long count = ((Number) row.get("n" + i)).longValue();
            lines.add(new ErasureLine(kind.name(), count, kind.treatment(), kind.reason()));
        }
        return lines;
    }
}
