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
    public Optional<Content> content(SamlaUser user, ParticipantProgramme programme) {
        long programmeId = programme.id();
        LocalDate today = LocalDate.now(clock);
        List<ParticipantProgress.Ratio> ratios = sources.stream()
                .flatMap(source -> source.ratios(user.personId(), programmeId, today).stream())
                .sorted(Comparator.comparingInt(ParticipantProgress.Ratio::order))
                .toList();
        List<Month> months = months(user.personId(), programme, today);
        Map<String, Object> model = new HashMap<>();
        model.put("ratios", ratios);
        model.put("months", months);
        model.put("entries", months.stream().mapToLong(Month::count).sum());
        return Optional.of(new Content("programme/my-programme :: progress", model));
    }

    /** The programme's months from its start up to this month (or its end), each with its count and bar height. */
    private List<Month> months(long personId, ParticipantProgramme programme, LocalDate today) {
        YearMonth first = YearMonth.from(programme.startDate());
        YearMonth last = YearMonth.from(today.isAfter(programme.endDate()) ? programme.endDate() : today);
        if (last.isBefore(first)) {
            return List.of();
        }
        if (first.plusMonths(MAX_MONTHS - 1L).isBefore(last)) {
            first = last.minusMonths(MAX_MONTHS - 1L);
        }
        Map<YearMonth, Long> counts = new HashMap<>();
        for (ParticipantProgress source : sources) {
            source.perMonth(personId, programme.id(), first, last)
                    .forEach((month, n) -> counts.merge(month, n, Long::sum));
        }
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
