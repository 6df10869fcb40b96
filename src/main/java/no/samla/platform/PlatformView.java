package no.samla.platform;

import no.samla.programme.Programme;

/**
 * A platform as one user may see it: its programme, the municipality it is for (null for the whole programme), whether
 * the user edits it (the programme's coordinators and the admin) and whether they take part in it as a leader who may
 * comment and react.
 */
public record PlatformView(
        LeadershipPlatform platform,
        Programme programme,
        String municipalityName,
        boolean manages,
        boolean participant) {

    public long id() {
        return platform.getId();
    }
}
