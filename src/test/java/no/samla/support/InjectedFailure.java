package no.samla.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fault injected into PostgreSQL for the length of a test: a trigger that lets the first row a transaction inserts
 * into a table through and fails on the second, as a lost connection or a full disk would halfway through a multi-row
 * change. The count is kept in a setting local to the transaction, so every transaction starts again at one. Closing
 * removes the trigger.
 */
public final class InjectedFailure implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final String table;

    private InjectedFailure(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    public static InjectedFailure onSecondInsertInto(JdbcTemplate jdbc, String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        jdbc.execute("""
                create or replace function samla_injected_failure() returns trigger language plpgsql as $$
                declare
                    inserted int := coalesce(nullif(current_setting('samla.injected_rows', true), ''), '0')::int + 1;
                begin
                    perform set_config('samla.injected_rows', inserted::text, true);
                    if inserted >= 2 then
                        raise exception 'injected failure on row % of %', inserted, tg_table_name;
                    end if;
                    return new;
                end $$""");
        jdbc.execute("create trigger samla_injected_failure before insert on " + table
                + " for each row execute function samla_injected_failure()");
        return new InjectedFailure(jdbc, table);
    }

    @Override
    public void close() {
        jdbc.execute("drop trigger if exists samla_injected_failure on " + table);
    }
}
