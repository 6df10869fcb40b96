package no.samla.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.samla.demo.DemoAccounts;
import no.samla.demo.DemoProgrammes;
import no.samla.programme.Programme;
import no.samla.programme.Programmes;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The booking rules against the real database: a slot goes to one leader even when two book it at the same moment,
 * the quota, times in the past, the cancel deadline and the most sessions a coach holds in a day.
 */
@SamlaTest
class CoachingBookingTest {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Autowired
    Coaching coaching;

    @Autowired
    Programmes programmes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    Programme school;
    long coach;
    long ase;
    long ivar;
    long dag;
    final List<Long> slots = new ArrayList<>();

    @BeforeEach
    void demo() {
        long id = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        school = programmes.find(id).orElseThrow();
        coach = person(DemoAccounts.COORDINATOR_FJORD);
        ase = person("ase.andersen@drammen.example");
        ivar = person("ivar.moen@drammen.example");
        dag = person("dag.olsen@drammen.example");
    }

    @AfterEach
    void removeWhatTheTestMade() {
        slots.forEach(slot -> jdbc.update("delete from coaching_slot where id = ?", slot));
        slots.clear();
        for (long leader : List.of(ase, ivar, dag)) {
            coaching.assign(school, leader, coach, 4);
        }
    }

    @Test
    void twoLeadersRacingForOneSlotOneGetsItAndTheDatabaseRefusesTheOther() throws Exception {
        CoachingSlot slot = publish(LocalDate.of(2031, 3, 3), LocalTime.of(9, 0));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch firstBooked = new CountDownLatch(1);
            CountDownLatch releaseFirst = new CountDownLatch(1);
            Future<Long> first = pool.submit(() -> transactions.execute(status -> {
                long session = coaching.book(ase, slot.getId()).getId();
                firstBooked.countDown();
                await(releaseFirst);
                return session;
            }));
            assertThat(firstBooked.await(20, TimeUnit.SECONDS)).isTrue();
            // The second sees no committed booking, passes every check and waits on the unique index.
            Future<Long> second = pool.submit(() -> transactions.execute(
                    status -> coaching.book(ivar, slot.getId()).getId()));
            awaitABlockedInsert();
            releaseFirst.countDown();

            long winner = first.get(20, TimeUnit.SECONDS);
            assertThatThrownBy(() -> second.get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(CoachingRefusedException.class)
                    .hasMessage("coaching.refused.taken");
            assertThat(jdbc.queryForList(
                            "select id from coaching_session where slot_id = ? and status = 'BOOKED'",
                            Long.class,
                            slot.getId()))
                    .containsExactly(winner);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void leadersStartingAtTheSameMomentNeverShareASlot() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                CoachingSlot slot =
                        publish(LocalDate.of(2031, 3, 4), LocalTime.of(8, 0).plusHours(round));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> outcomes = new ArrayList<>();
                for (long leader : List.of(ase, ivar)) {
                    outcomes.add(pool.submit(() -> {
                        await(start);
                        try {
                            transactions.executeWithoutResult(status -> coaching.book(leader, slot.getId()));
                            return "booked";
                        } catch (CoachingRefusedException refused) {
                            return refused.messageKey();
                        }
                    }));
                }
                start.countDown();
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    results.add(outcome.get(20, TimeUnit.SECONDS));
                }
                assertThat(results).containsExactlyInAnyOrder("booked", "coaching.refused.taken");
                jdbc.update("update coaching_session set status = 'CANCELLED' where slot_id = ?", slot.getId());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDatabaseItselfAllowsOneActiveBookingPerSlot() {
        CoachingSlot slot = publish(LocalDate.of(2031, 3, 5), LocalTime.of(9, 0));
        coaching.book(ase, slot.getId());
        assertThatThrownBy(() -> jdbc.update(
                        "insert into coaching_session (slot_id, programme_id, leader_person_id, coach_person_id, status)"
                                + " values (?, ?, ?, ?, 'BOOKED')",
                        slot.getId(),
                        school.getId(),
                        ivar,
                        coach))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("coaching_session_active_slot_uq");
        // A cancelled booking frees the slot.
        jdbc.update("update coaching_session set status = 'CANCELLED' where slot_id = ?", slot.getId());
        assertThat(coaching.book(ivar, slot.getId()).isActive()).isTrue();
    }

    @Test
    void bookingBeyondTheQuotaIsRefusedWithTheQuota() {
        coaching.assign(school, dag, coach, 1);
        CoachingSlot first = publish(LocalDate.of(2031, 3, 6), LocalTime.of(9, 0));
        CoachingSlot second = publish(LocalDate.of(2031, 3, 6), LocalTime.of(11, 0));
        coaching.book(dag, first.getId());
        assertThatThrownBy(() -> coaching.book(dag, second.getId()))
                .isInstanceOfSatisfying(CoachingRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("coaching.refused.quota");
                    assertThat(refused.arguments()).containsExactly(1);
                });
        assertThat(coaching.used(school.getId(), dag)).isEqualTo(1);
    }

    @Test
    void aSlotInThePastCanNeitherBePublishedNorBooked() {
        LocalDate yesterday = LocalDate.now(OSLO).minusDays(1);
        assertThatThrownBy(() ->
                        coaching.publish(coach, school, yesterday, LocalTime.of(9, 0), 60, CoachingMode.PHONE, null))
                .isInstanceOfSatisfying(CoachingRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("coaching.slot.past");
                    assertThat(refused.field()).isEqualTo("date");
                });
        Long past = jdbc.queryForObject(
                "insert into coaching_slot (programme_id, coach_person_id, starts_at, minutes, mode)"
                        + " values (?, ?, now() - interval '1 hour', 60, 'PHONE') returning id",
                Long.class,
                school.getId(),
                coach);
        slots.add(past);
        assertThatThrownBy(() -> coaching.book(ase, past))
                .isInstanceOf(CoachingRefusedException.class)
                .hasMessage("coaching.refused.past");
    }

    @Test
    void aLeaderCancelsOrMovesOnlyUntilTheDeadlineTheCoachAlsoLater() {
        Instant soon = Instant.now().plus(Duration.ofHours(12)).truncatedTo(ChronoUnit.MINUTES);
        CoachingSlot close =
                publish(soon.atZone(OSLO).toLocalDate(), soon.atZone(OSLO).toLocalTime());
        CoachingSlot later = publish(LocalDate.of(2031, 3, 7), LocalTime.of(9, 0));
        long session = coaching.book(ase, close.getId()).getId();
        assertThatThrownBy(() -> coaching.cancel(ase, session))
                .isInstanceOfSatisfying(CoachingRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("coaching.refused.deadline");
                    assertThat(refused.arguments()).containsExactly(24L);
                });
        assertThatThrownBy(() -> coaching.rebook(ase, session, later.getId()))
                .isInstanceOf(CoachingRefusedException.class)
                .hasMessage("coaching.refused.deadline");
        coaching.cancel(coach, session);
        assertThat(status(session)).isEqualTo("CANCELLED");

        long farOff = coaching.book(ase, later.getId()).getId();
        coaching.cancel(ase, farOff);
        assertThat(status(farOff)).isEqualTo("CANCELLED");
        assertThat(coaching.used(school.getId(), ase)).isZero();
    }

    @Test
    void movingABookingFreesTheOldSlotAndKeepsTheQuota() {
        CoachingSlot from = publish(LocalDate.of(2031, 3, 10), LocalTime.of(9, 0));
        CoachingSlot to = publish(LocalDate.of(2031, 3, 10), LocalTime.of(13, 0));
        long session = coaching.book(ivar, from.getId()).getId();
        long moved = coaching.rebook(ivar, session, to.getId()).getId();
        assertThat(status(session)).isEqualTo("CANCELLED");
        assertThat(status(moved)).isEqualTo("BOOKED");
        assertThat(coaching.used(school.getId(), ivar)).isEqualTo(1);
        assertThat(coaching.book(ase, from.getId()).isActive()).isTrue();
    }

    @Test
    void aCoachsDayHoldsAtMostTheConfiguredNumberOfSessions() {
        assertThat(coaching.maxSessionsPerDay()).isEqualTo(10);
        LocalDate day = LocalDate.of(2031, 3, 11);
        for (int i = 0; i < 10; i++) {
            publish(day, LocalTime.of(7, 0).plusMinutes(45L * i));
        }
        assertThatThrownBy(
                        () -> coaching.publish(coach, school, day, LocalTime.of(20, 0), 30, CoachingMode.VIDEO, null))
                .isInstanceOfSatisfying(CoachingRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("coaching.slot.dayFull");
                    assertThat(refused.arguments()).containsExactly(10);
                });
        // The next day is free again, and an overlapping time is refused on its own.
        publish(day.plusDays(1), LocalTime.of(9, 0));
        assertThatThrownBy(() -> coaching.publish(
                        coach, school, day.plusDays(1), LocalTime.of(9, 15), 30, CoachingMode.VIDEO, null))
                .isInstanceOf(CoachingRefusedException.class)
                .hasMessage("coaching.slot.overlaps");
    }

    @Test
    void onlyTheLeadersOwnCoachsSlotsCanBeBooked() {
        CoachingSlot slot = publish(LocalDate.of(2031, 3, 12), LocalTime.of(9, 0));
        coaching.assign(school, dag, null, 4);
        assertThatThrownBy(() -> coaching.book(dag, slot.getId()))
                .isInstanceOf(no.samla.system.NotFoundException.class);
        long stange = person(DemoAccounts.LEADER_STANGE);
        assertThatThrownBy(() -> coaching.book(stange, slot.getId()))
                .isInstanceOf(no.samla.system.NotFoundException.class);
    }

    private CoachingSlot publish(LocalDate date, LocalTime time) {
        CoachingSlot slot = coaching.publish(coach, school, date, time, 30, CoachingMode.VIDEO, null);
        slots.add(slot.getId());
        return slot;
    }

    private String status(long session) {
        return jdbc.queryForObject("select status from coaching_session where id = ?", String.class, session);
    }

    private long person(String email) {
        return jdbc.queryForObject("select id from person where lower(email) = lower(?)", Long.class, email);
    }

    private void awaitABlockedInsert() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Long waiting = jdbc.queryForObject("select count(*) from pg_locks where not granted", Long.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the second booking never waited for the first");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
