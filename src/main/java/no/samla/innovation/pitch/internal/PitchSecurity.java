package no.samla.innovation.pitch.internal;

import no.samla.system.security.SecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Pitch pages are for anyone signed in at the URL level: a panel member may come from outside the programme. Who sees
 * a pitch, who sets it up and who scores is decided per pitch by the pitches facade ("not found" for the rest). The
 * programme's list of pitches sits under the innovation pages' rule.
 */
@Component
class PitchSecurity implements SecurityContribution {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/pitches", "/pitches/**").authenticated();
    }
}
