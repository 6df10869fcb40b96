package no.samla.programme.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samla.people.SamlaUser;
import no.samla.programme.ParticipantPanel;
import no.samla.programme.ParticipantProgramme;
import no.samla.programme.ParticipantProgress;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.stereotype.Component;

/**
 * The progress view of a participant's programme page: the ratios the modules count (gatherings attended,
 * assignments done) and log entries per month of the programme so far, as a small chart with a text equivalent.
 */
@Component
class ProgressPanel implements ParticipantPanel {

    /** The chart shows at most this many months, the latest ones. */
    static final int MAX_MONTHS = 24;

    /** The height of the tallest bar in the month chart, in the chart's own units. */
    static final int BAR_HEIGHT = 80;

    private final List<ParticipantProgress> sources;
    private final Clock clock;

    ProgressPanel(List<ParticipantProgress> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Deferred<Optional<Content>> content(SamlaUser user, ParticipantProgramme programme, ReadBatch reads) {
        long programmeId = programme.id();
        LocalDate today = LocalDate.now(clock);
        Deferred<List<ParticipantProgress.Ratio>> ratios = Deferred.of(List.of());
        for (ParticipantProgress source : sources) {
            ratios = ratios.with(source.ratios(user.personId(), programmeId, today, reads), ProgressPanel::concat);
        }
        Deferred<List<Month>> months = months(user.personId(), programme, today, reads);
        return ratios.with(months, (all, chart) -> {
            Map<String, Object> model = new HashMap<>();
            model.put(
                    "ratios",
                    all.stream()
                            .sorted(Comparator.comparingInt(ParticipantProgress.Ratio::order))
                            .toList());
            model.put("months", chart);
            model.put("entries", chart.stream().mapToLong(Month::count).sum());
            return Optional.of(new Content("programme/my-programme :: progress", model));
        });
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    /** The programme's months from its start up to this month (or its end), each with its count and bar height. */
    private Deferred<List<Month>> months(
            long personId, ParticipantProgramme programme, LocalDate today, ReadBatch reads) {
        YearMonth start = YearMonth.from(programme.startDate());
        YearMonth last = YearMonth.from(today.isAfter(programme.endDate()) ? programme.endDate() : today);
        if (last.isBefore(start)) {
            return Deferred.of(List.of());
        }
        YearMonth first = start.plusMonths(MAX_MONTHS - 1L).isBefore(last) ? last.minusMonths(MAX_MONTHS - 1L) : start;
        Deferred<Map<YearMonth, Long>> counts = Deferred.of(Map.of());
        for (ParticipantProgress source : sources) {
            counts = counts.with(source.perMonth(personId, programme.id(), first, last, reads), ProgressPanel::sum);
        }
        return counts.map(perMonth -> chart(perMonth, first, last));
    }

    private static Map<YearMonth, Long> sum(Map<YearMonth, Long> first, Map<YearMonth, Long> second) {
        Map<YearMonth, Long> both = new HashMap<>(first);
        second.forEach((month, n) -> both.merge(month, n, Long::sum));
        return both;
    }

    private static List<Month> chart(Map<YearMonth, Long> counts, YearMonth first, YearMonth last) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Month> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            long count = counts.getOrDefault(month, 0L);
            months.add(new Month(
                    month.atDay(1), count, max == 0 ? 0 : (int) Math.round(BAR_HEIGHT * (double) count / max)));
        }
        return months;
    }

    /** One month of the chart: its first day (for formatting), how many, and the bar's height. */
    record Month(LocalDate firstDay, long count, int height) {}
}
