package no.samla.generator;

/**
 * How much is generated. Every size has the same shape; the small ones are what the tests use.
 *
 * @param municipalities municipalities taking part (all when there are fewer)
 * @param leaders leaders with an account
 * @param programmes programmes, each with {@link #GATHERINGS_PER_PROGRAMME} gatherings
 * @param logEntries log entries over the last eighteen months
 * @param innovationCases innovation cases in the programmes that have started
 * @param providers provider organisations running the programmes
 * @param coordinators coordinators, spread over the providers
 */
public enum GeneratorSize {
    NATIONAL(357, 20_000, 400, 500_000, 6_000, 20, 200),
    SMALL(8, 200, 4, 5_000, 40, 2, 6),
    /**
     * The small set's municipalities, programmes and coordinators with ten times its leaders, entries and cases: the
     * tests compare each page's SQL statements on the two to show that they do not grow with the data.
     */
    SMALL_TIMES_TEN(8, 2_000, 4, 50_000, 400, 2, 6);

    public static final int GATHERINGS_PER_PROGRAMME = 6;
    public static final int COACHING_SESSIONS_PER_LEADER = 4;
    public static final int MEETINGS_PER_NETWORK_GROUP = 4;

    private final int municipalities;
    private final int leaders;
    private final int programmes;
    private final int logEntries;
    private final int innovationCases;
    private final int providers;
    private final int coordinators;

    GeneratorSize(
            int municipalities,
            int leaders,
            int programmes,
            int logEntries,
            int innovationCases,
            int providers,
            int coordinators) {
        this.municipalities = municipalities;
        this.leaders = leaders;
        this.programmes = programmes;
        this.logEntries = logEntries;
        this.innovationCases = innovationCases;
        this.providers = providers;
        this.coordinators = coordinators;
    }

    public int municipalities() {
        return municipalities;
    }

    public int leaders() {
        return leaders;
    }

    public int programmes() {
        return programmes;
    }

    public int logEntries() {
        return logEntries;
    }

    public int innovationCases() {
        return innovationCases;
    }

    public int providers() {
        return providers;
    }

    public int coordinators() {
        return coordinators;
    }
}
