package no.samla.demo;

import java.util.List;
import no.samla.gathering.Gathering;
import no.samla.gathering.Gatherings;
import no.samla.people.Accounts;
import no.samla.people.SamlaUser;
import no.samla.platform.LeadershipPlatform;
import no.samla.platform.Platforms;
import no.samla.platform.Principle;
import no.samla.platform.Reaction;
import no.samla.programme.Programme;
import org.springframework.stereotype.Component;

/**
 * The common leadership platform of Drammen's leadership school, worked on over three gatherings: five principles
 * after the first; one changed, two merged and one added after the second; one removed, one changed and the order
 * changed after the third, which is adopted. Leaders (Kari among them) commented and reacted along the way, and the
 * comment window is still open so one can try it as Kari. A programme that already has a platform is left alone.
 */
@Component
class DemoPlatform {

    private final Platforms platforms;
    private final Gatherings gatherings;
    private final Accounts accounts;

    DemoPlatform(Platforms platforms, Gatherings gatherings, Accounts accounts) {
        this.platforms = platforms;
        this.gatherings = gatherings;
        this.accounts = accounts;
    }

    void load(Programme school) {
        SamlaUser marte = user(DemoAccounts.COORDINATOR_FJORD);
        if (!platforms.list(marte, school.getId()).isEmpty()) {
            return;
        }
        SamlaUser kari = user(DemoAccounts.LEADER_DRAMMEN);
        SamlaUser ase = user("ase.andersen@drammen.example");
        SamlaUser ivar = user("ivar.moen@drammen.example");
        SamlaUser wenche = user("wenche.larsen@drammen.example");
        List<Gathering> gathered = gatherings.of(school.getId());
        long id = platforms.create(marte, school.getId(), null).getId();
        platforms.openComments(marte, id, null);

        add(
                marte,
                id,
                new Principle.Texts(
                        "Vi stoler på hverandre",
                        "Vi tar for gitt at kollegene gjør sitt beste, og sier fra direkte når noe skurrer.",
                        "Vi deler informasjon tidlig og gir hverandre handlingsrom.",
                        "Vi slutter å kontrollere det andre har ansvaret for."));
        add(
                marte,
                id,
                new Principle.Texts(
                        "Innbyggeren først",
                        "Beslutninger tas med tanke på dem vi er til for.",
                        "Vi spør hva innbyggeren trenger før vi spør hva rutinen sier.",
                        "Vi slutter å forklare oss med at det alltid har vært slik."));
        add(
                marte,
                id,
                new Principle.Texts(
                        "Vi lærer av feil",
                        "Feil er noe vi lærer av, ikke noe vi skjuler.",
                        "Vi tar opp feil på ledermøtet uten å lete etter syndebukker.",
                        "Vi slutter å snakke om feil i korridoren."));
        add(
                marte,
                id,
                new Principle.Texts(
                        "Vi deler kunnskap",
                        "Det én enhet har lært, skal de andre få glede av.",
                        "Vi forteller hverandre om det som virker.",
                        null));
        add(
                marte,
                id,
                new Principle.Texts(
                        "Tydelige forventninger",
                        "Medarbeiderne vet hva vi venter av dem.",
                        "Vi avtaler mål og følger dem opp i medarbeidersamtalen.",
                        "Vi slutter å anta at ting er forstått."));
        platforms.saveVersion(marte, id, version(marte, id), gathered.get(0).getId());

        comment(kari, id, "Vi stoler på hverandre", "Godt prinsipp, men hva gjør vi når tilliten er brutt?");
        comment(ase, id, "Vi stoler på hverandre", "Handlingsrom må følges av tydelige rammer.");
        comment(ivar, id, "Vi lærer av feil", "Dette henger tett sammen med å dele kunnskap.");
        comment(wenche, id, "Vi deler kunnskap", "Kan slås sammen med læring av feil?");
        comment(kari, id, "Tydelige forventninger", "Savner at forventningene går begge veier.");
        react(kari, id, "Vi stoler på hverandre", Reaction.AGREE);
        react(ase, id, "Vi stoler på hverandre", Reaction.UNSURE);
        react(ivar, id, "Vi deler kunnskap", Reaction.AGREE);
        react(wenche, id, "Tydelige forventninger", Reaction.DISAGREE);

        LeadershipPlatform platform = platforms.reading(marte, id).platform();
        platforms.changePrinciple(
                marte,
                id,
                principle(platform, "Tydelige forventninger").getId(),
                version(marte, id),
                new Principle.Texts(
                        "Tydelige forventninger begge veier",
                        "Medarbeiderne vet hva vi venter av dem, og vi vet hva de venter av oss.",
                        "Vi avtaler mål sammen og følger dem opp i medarbeidersamtalen.",
                        "Vi slutter å anta at ting er forstått."));
        platforms.merge(
                marte,
                id,
                principle(platform, "Vi lærer av feil").getId(),
                principle(platform, "Vi deler kunnskap").getId(),
                version(marte, id));
        platform = platforms.reading(marte, id).platform();
        platforms.changePrinciple(
                marte,
                id,
                principle(platform, "Vi lærer av feil").getId(),
                version(marte, id),
                new Principle.Texts(
                        "Vi lærer av feil og deler det vi kan",
                        "Feil er noe vi lærer av, og det én enhet har lært, skal de andre få glede av.",
                        "Vi tar opp feil på ledermøtet uten å lete etter syndebukker, og forteller om det som virker.",
                        "Vi slutter å snakke om feil i korridoren."));
        add(
                marte,
                id,
                new Principle.Texts(
                        "Vi samarbeider på tvers",
                        "Innbyggerens behov følger ikke sektorgrensene, og det gjør ikke vi heller.",
                        "Vi tar kontakt med andre enheter før vi lager egne løsninger.",
                        "Vi slutter å si at det er en annen sektors ansvar."));
        platforms.saveVersion(marte, id, version(marte, id), gathered.get(1).getId());

        comment(kari, id, "Vi samarbeider på tvers", "Bra! Kan vi ha faste møtepunkter på tvers?");
        comment(wenche, id, "Innbyggeren først", "Overlapper med samarbeid på tvers. Trengs begge?");
        comment(ase, id, "Vi lærer av feil og deler det vi kan", "Mye bedre etter sammenslåingen.");
        react(kari, id, "Vi samarbeider på tvers", Reaction.AGREE);
        react(ase, id, "Vi lærer av feil og deler det vi kan", Reaction.AGREE);
        react(wenche, id, "Innbyggeren først", Reaction.UNSURE);

        platform = platforms.reading(marte, id).platform();
        platforms.removePrinciple(
                marte, id, principle(platform, "Innbyggeren først").getId(), version(marte, id));
        platforms.changePrinciple(
                marte,
                id,
                principle(platform, "Vi samarbeider på tvers").getId(),
                version(marte, id),
                new Principle.Texts(
                        "Vi samarbeider på tvers for innbyggeren",
                        "Innbyggerens behov følger ikke sektorgrensene, og det gjør ikke vi heller.",
                        "Vi har faste møtepunkter på tvers og tar kontakt med andre enheter før vi lager egne løsninger.",
                        "Vi slutter å si at det er en annen sektors ansvar."));
        platforms.movePrinciple(
                marte,
                id,
                principle(platform, "Vi samarbeider på tvers for innbyggeren").getId(),
                version(marte, id),
                true);
        int last = platforms.saveVersion(
                marte, id, version(marte, id), gathered.get(2).getId());
        platforms.adopt(marte, id, last, gathered.get(2).getStartDate());

        comment(kari, id, "Vi stoler på hverandre", "Fint at vi fikk dette vedtatt. Nå gjelder det å leve det ut.");
        react(ivar, id, "Vi samarbeider på tvers for innbyggeren", Reaction.AGREE);
    }

    private void add(SamlaUser marte, long id, Principle.Texts texts) {
        platforms.addPrinciple(marte, id, version(marte, id), texts);
    }

    private void comment(SamlaUser leader, long id, String title, String text) {
        platforms.comment(
                leader,
                id,
                principle(platforms.reading(leader, id).platform(), title).getId(),
                text);
    }

    private void react(SamlaUser leader, long id, String title, Reaction reaction) {
        platforms.react(
                leader,
                id,
                principle(platforms.reading(leader, id).platform(), title).getId(),
                reaction);
    }

    private long version(SamlaUser marte, long id) {
        return platforms.reading(marte, id).platform().getVersion();
    }

    private static Principle principle(LeadershipPlatform platform, String title) {
        return platform.getPrinciples().stream()
                .filter(principle -> principle.getTitle().equals(title))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo principle " + title));
    }

    private SamlaUser user(String email) {
        return accounts.loadUser(email).orElseThrow();
    }
}
