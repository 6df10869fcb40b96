package no.samla.people;

import java.util.List;

/**
 * What the admin sets for an organisation's single sign-on. Exactly one of the two organisation ids is set; a null
 * secret on a change keeps the stored one (the form never shows it).
 */
public record SignInProviderData(
        Long municipalityId,
        Long providerOrganisationId,
        String displayName,
        SignInProviderKind kind,
        String issuerUri,
        String clientId,
        String clientSecret,
        String scopes,
        List<String> emailDomains,
        boolean enabled) {}
