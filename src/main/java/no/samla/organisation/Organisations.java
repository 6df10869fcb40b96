package no.samla.organisation;

import java.util.List;
import java.util.Optional;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation module's facade: municipalities to look up, provider organisations to manage. */
@Service
@Transactional(readOnly = true)
public class Organisations {

    private final MunicipalityRepository municipalities;
    private final ProviderOrganisationRepository providers;

    Organisations(MunicipalityRepository municipalities, ProviderOrganisationRepository providers) {
        this.municipalities = municipalities;
        this.providers = providers;
    }

    public Page<Municipality> searchMunicipalities(String query, Pageable pageable) {
        return municipalities.search(normalise(query), pageable);
    }

    public List<Municipality> allMunicipalities() {
        return municipalities.findAllOrderByName();
    }

    public Optional<Municipality> findMunicipality(long id) {
        return municipalities.findById(id);
    }

    public Optional<Municipality> findMunicipalityByNumber(String number) {
        return municipalities.findByNumber(number);
    }

    /** The municipalities with these numbers, in one query; unknown numbers are left out. */
    public List<Municipality> findMunicipalitiesByNumber(java.util.Collection<String> numbers) {
        return numbers.isEmpty() ? List.of() : municipalities.findByNumberIn(numbers);
    }

    /** The written languages a municipality may have: bokmål and nynorsk. */
    public static final java.util.List<String> WRITTEN_LANGUAGES = List.of("nb", "nn");

    /** Sets the municipality's written language ("nb" or "nn"); anything else is refused. */
    @Transactional
    public void changeWrittenLanguage(long municipalityId, String language) {
        if (!WRITTEN_LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("A written language is nb or nn");
        }
        if (municipalities.changeWrittenLanguage(municipalityId, language) == 0) {
            throw new NotFoundException("Municipality", municipalityId);
        }
    }

    public Page<ProviderOrganisation> searchProviders(String query, Pageable pageable) {
        return providers.search(normalise(query), pageable);
    }

    public List<ProviderOrganisation> allProviders() {
        return providers.findAllOrderByName();
    }

    public ProviderOrganisation getProvider(long id) {
        return providers.findById(id).orElseThrow(() -> new NotFoundException("Provider organisation", id));
    }

    /** The provider with this id; none for a missing id (a template belongs to no provider). */
    public Optional<ProviderOrganisation> findProvider(Long id) {
        return id == null ? Optional.empty() : providers.findById(id);
    }

    @Transactional
    public ProviderOrganisation createProvider(ProviderOrganisationData data) {
        checkUnique(data, null);
        ProviderOrganisation provider = new ProviderOrganisation(data.name(), data.kind());
        provider.update(data.name(), data.kind(), data.orgNumber(), data.email(), data.website());
        return providers.save(provider);
    }

    @Transactional
    public ProviderOrganisation updateProvider(long id, long formVersion, ProviderOrganisationData data) {
        ProviderOrganisation provider = getProvider(id);
        StaleEditException.check(provider.getVersion(), formVersion);
        checkUnique(data, id);
        provider.update(data.name(), data.kind(), data.orgNumber(), data.email(), data.website());
        return provider;
    }

    private void checkUnique(ProviderOrganisationData data, Long exceptId) {
        if (providers.nameTaken(data.name(), exceptId)) {
            throw new FieldConflictException("name", "provider.name.taken");
        }
        if (data.orgNumber() != null && providers.orgNumberTaken(data.orgNumber(), exceptId)) {
            throw new FieldConflictException("orgNumber", "provider.orgNumber.taken");
        }
    }

    private static String normalise(String query) {
        return query == null ? "" : query.strip();
    }
}
