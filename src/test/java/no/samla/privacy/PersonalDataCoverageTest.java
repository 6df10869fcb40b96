package no.samla.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.samla.support.SamlaTest;
import no.samla.system.privacy.PersonalDataHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every column that holds a person is answered for by exactly one module's holder, so that a new table with a person
 * in it cannot be left out of the export and the erasure unnoticed.
 */
@SamlaTest
class PersonalDataCoverageTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<PersonalDataHolder> holders;

    @Test
    void everyColumnHoldingAPersonHasExactlyOneHolder() {
        Set<String> columns = new HashSet<>(jdbc.queryForList("""
                select c.conrelid::regclass::text || '.' || a.attname
                  from pg_constraint c
                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
                 where c.contype = 'f' and c.confrelid = 'person'::regclass
                union
                select table_name || '.' || column_name
                  from information_schema.columns
                 where table_schema = current_schema() and column_name like '%person_id'""", String.class));
        Set<String> declared = new HashSet<>();
        List<String> twice = holders.stream()
                .flatMap(holder -> holder.personColumns().stream())
                .filter(column -> !declared.add(column))
                .toList();

        assertThat(twice).as("columns two holders claim").isEmpty();
        assertThat(declared).as("columns the holders answer for").containsExactlyInAnyOrderElementsOf(columns);
    }
}
