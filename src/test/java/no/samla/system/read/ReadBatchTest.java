package no.samla.system.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

@SamlaTest
class ReadBatchTest {

    @Autowired
    DataSource dataSource;

    /** Calls to the database, however many statements each carries. */
    final AtomicInteger calls = new AtomicInteger();

    JdbcTemplate jdbc;

    @BeforeEach
    void countCalls() {
        jdbc = new JdbcTemplate(ProxyDataSourceBuilder.create(dataSource)
                .afterQuery((execution, queries) -> calls.incrementAndGet())
                .build());
    }

    @Test
    void queuedReadsGoOutTogetherInOneCallAndEachGetsItsOwnRows() {
        ReadBatch reads = ReadBatch.queued(jdbc);
        Deferred<List<Integer>> numbers =
                reads.query("select n from generate_series(1, ?) n order by n", (row, i) -> row.getInt(1), 3);
        Deferred<List<String>> words = reads.query(
                "select w from unnest(cast(:words as text[])) w where w <> :skip order by w;",
                Map.of("words", new String[] {"b", "a", "c"}, "skip", "c"),
                (row, i) -> row.getString(1));
        Deferred<List<Long>> listed = reads.query(
                "select x from generate_series(1, 10) x where x in (:xs) order by x",
                new MapSqlParameterSource("xs", List.of(2L, 7L)),
                (row, i) -> row.getLong(1));
        Deferred<List<Integer>> none = reads.query("select 1 where false", (row, i) -> 1);
        Deferred<Integer> sum =
                numbers.map(all -> all.stream().mapToInt(Integer::intValue).sum());

        assertThat(calls).hasValue(0);
        assertThatThrownBy(numbers::get).isInstanceOf(IllegalStateException.class);

        reads.run();

        assertThat(calls).hasValue(1);
        assertThat(numbers.get()).containsExactly(1, 2, 3);
        assertThat(words.get()).containsExactly("a", "b");
        assertThat(listed.get()).containsExactly(2L, 7L);
        assertThat(none.get()).isEmpty();
        assertThat(sum.get()).isEqualTo(6);
        assertThat(numbers.with(words, (n, w) -> n.size() + w.size()).get()).isEqualTo(5);
    }

    @Test
    void aReadThatNeedsAnEarlierAnswerGoesOutInASecondCall() {
        ReadBatch reads = ReadBatch.queued(jdbc);
        Deferred<List<Integer>> first = reads.query("select 4", (row, i) -> row.getInt(1));
        Deferred<List<Integer>> second =
                reads.after(first, found -> reads.query("select ? * 10", (row, i) -> row.getInt(1), found.get(0)));
        Deferred<List<Integer>> skipped = reads.after(first, found -> Deferred.of(List.of()));
        Deferred<List<Integer>> alongside = reads.query("select 5", (row, i) -> row.getInt(1));

        reads.run();

        assertThat(calls).hasValue(2);
        assertThat(second.get()).containsExactly(40);
        assertThat(skipped.get()).isEmpty();
        assertThat(alongside.get()).containsExactly(5);
    }

    @Test
    void anImmediateBatchRunsEachReadAtOnce() {
        ReadBatch reads = ReadBatch.immediate(jdbc);
        Deferred<List<Integer>> first = reads.query("select 4", (row, i) -> row.getInt(1));
        assertThat(calls).hasValue(1);
        assertThat(first.get()).containsExactly(4);
        Deferred<List<Integer>> second =
                reads.after(first, found -> reads.query("select ? + 1", (row, i) -> row.getInt(1), found.get(0)));
        assertThat(calls).hasValue(2);
        assertThat(second.get()).containsExactly(5);
    }

    @Test
    void aSingleRowReadGivesThatRowAndRefusesAnyOtherNumber() {
        ReadBatch reads = ReadBatch.queued(jdbc);
        Deferred<Boolean> exists =
                reads.single("select exists (select 1 where ? > 2)", (row, i) -> row.getBoolean(1), 3);
        Deferred<Long> count =
                reads.single("select count(*) from generate_series(1, :n)", Map.of("n", 7), (row, i) -> row.getLong(1));
        Deferred<Integer> none = reads.single("select 1 where false", (row, i) -> 1);

        reads.run();

        assertThat(exists.get()).isTrue();
        assertThat(count.get()).isEqualTo(7L);
        assertThatThrownBy(none::get).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailingStatementFailsTheWholeBatch() {
        ReadBatch reads = ReadBatch.queued(jdbc);
        Deferred<List<Integer>> fine = reads.query("select 1", (row, i) -> row.getInt(1));
        reads.query("select 1 / 0", (row, i) -> row.getInt(1));

        assertThatThrownBy(reads::run).isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThat(fine.ready()).isFalse();
    }
}
