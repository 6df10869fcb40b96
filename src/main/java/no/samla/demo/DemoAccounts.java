package no.samla.demo;

import java.util.List;

/** The demo accounts a newcomer logs in with, listed in the log and the README. */
public final class DemoAccounts {

    public static final String ADMIN = "admin@samla.example";
    public static final String COORDINATOR_FJORD = "marte.lien@fjordleder.example";
    public static final String COORDINATOR_NETWORK = "jonas.berg@innlandetnettverk.example";
    public static final String MUNICIPALITY_ADMIN_DRAMMEN = "hilde.strand@drammen.example";
    public static final String MUNICIPALITY_ADMIN_STANGE = "per.aasen@stange.example";
    public static final String LEADER_DRAMMEN = "kari.nordmann@drammen.example";
    public static final String LEADER_STANGE = "ola.haugen@stange.example";

    /**
     * The token of the Drammen leader's calendar feed ({@code /calendar/feed/<token>.ics}), known so that the
     * feed can be tried at once. Public like the demo password: demo data only.
     */
    public static final String LEADER_DRAMMEN_CALENDAR_TOKEN = "demo-calendar-kari-nordmann-drammen-2027";

    record DemoAccount(String email, String description) {}

    static final List<DemoAccount> ALL = List.of(
            new DemoAccount(ADMIN, "admin"),
            new DemoAccount(COORDINATOR_FJORD, "coordinator, Fjord Lederutvikling AS"),
            new DemoAccount(COORDINATOR_NETWORK, "coordinator, Innlandet kommunenettverk for ledelse"),
            new DemoAccount(MUNICIPALITY_ADMIN_DRAMMEN, "municipality admin, Drammen"),
            new DemoAccount(MUNICIPALITY_ADMIN_STANGE, "municipality admin, Stange"),
            new DemoAccount(LEADER_DRAMMEN, "leader, Drammen"),
            new DemoAccount(LEADER_STANGE, "leader, Stange"));

    private DemoAccounts() {}
}
