package no.samla.demo;

/** The names of the demo programmes, which tests look up. */
public final class DemoProgrammes {

    /** Drammen's leadership school, coordinated by Fjord Lederutvikling's coordinator. */
    public static final String DRAMMEN_SCHOOL = "Lederskolen i Drammen 2027";

    /** The innovation programme for the leader groups of Stange and Ringsaker, run by the regional network. */
    public static final String INNLANDET_INNOVATION = "Ledergaloppen Innlandet 2027";

    public static final String LEVANGER = "Lederløftet Levanger 2027";

    private DemoProgrammes() {}
}
