package no.samla.people;

import java.util.List;
import java.util.Optional;
import no.samla.organisation.Organisations;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations' single sign-on providers: what the admin sets up and what the login page offers. */
@Service
@Transactional(readOnly = true)
public class SignInProviders {

    /** A provider as the login page offers it. */
    public record LoginChoice(String registrationId, String displayName) {}

    private final SignInProviderRepository providers;
    private final Organisations organisations;

    SignInProviders(SignInProviderRepository providers, Organisations organisations) {
        this.providers = providers;
        this.organisations = organisations;
    }

    public Page<SignInProvider> page(Pageable pageable) {
        return providers.findAllByName(pageable);
    }

    public SignInProvider get(long id) {
        return providers.findById(id).orElseThrow(() -> new NotFoundException("Sign-in provider", id));
    }

    public List<LoginChoice> loginChoices() {
        return providers.findEnabled().stream()
                .map(provider -> new LoginChoice(provider.registrationId(), provider.getDisplayName()))
                .toList();
    }

    /** The enabled provider a registration id such as {@code sso-12} names; none for anything else. */
    public Optional<SignInProvider> findEnabled(String registrationId) {
        if (registrationId == null || !registrationId.startsWith(SignInProvider.REGISTRATION_PREFIX)) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(registrationId.substring(SignInProvider.REGISTRATION_PREFIX.length()));
            return providers.findById(id).filter(SignInProvider::isEnabled);
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    @Transactional
    public SignInProvider create(SignInProviderData data) {
        check(data, null);
        return providers.save(new SignInProvider(data));
    }

    @Transactional
    public SignInProvider update(long id, long formVersion, SignInProviderData data) {
        SignInProvider provider = get(id);
        StaleEditException.check(provider.getVersion(), formVersion);
        check(data, id);
        provider.apply(data);
        return provider;
    }

    private void check(SignInProviderData data, Long exceptId) {
        boolean known = data.municipalityId() != null
                ? organisations.findMunicipality(data.municipalityId()).isPresent()
                : organisations.findProvider(data.providerOrganisationId()).isPresent();
        if (!known) {
            throw new FieldConflictException("organisation", "signIn.organisation.unknown");
        }
        if (providers.organisationTaken(data.municipalityId(), data.providerOrganisationId(), exceptId)) {
            throw new FieldConflictException("organisation", "signIn.organisation.taken");
        }
    }
}
