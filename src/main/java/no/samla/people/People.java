package no.samla.people;

import no.samla.organisation.Organisations;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people module's facade for persons. */
@Service
@Transactional(readOnly = true)
public class People {

    private final PersonRepository persons;
    private final AccountRepository accounts;
    private final Organisations organisations;

    People(PersonRepository persons, AccountRepository accounts, Organisations organisations) {
        this.persons = persons;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    public Page<PersonRow> search(String query, Long municipalityId, Long providerId, Pageable pageable) {
        return persons.search(query == null ? "" : query.strip(), municipalityId, providerId, pageable);
    }

    public java.util.Optional<Person> findByEmail(String email) {
        return persons.findByEmail(email == null ? "" : email.strip());
    }

    public java.util.List<Person> getAll(java.util.Collection<Long> ids) {
        return persons.findAllById(ids);
    }

    public Person get(long id) {
        return persons.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
    }

    @Transactional
    public Person create(PersonData data) {
        check(data, null);
        return persons.save(new Person(data));
    }

    @Transactional
    public Person update(long id, long formVersion, PersonData data) {
        Person person = get(id);
        StaleEditException.check(person.getVersion(), formVersion);
        check(data, id);
        person.update(data);
        accounts.findByPersonId(id).ifPresent(Account::syncEmail);
        return person;
    }

    private void check(PersonData data, Long exceptId) {
        if (persons.emailTaken(data.email(), exceptId)) {
            throw new FieldConflictException("email", "person.email.taken");
        }
        if (data.municipalityId() != null
                && organisations.findMunicipality(data.municipalityId()).isEmpty()) {
            throw new FieldConflictException("municipalityId", "person.municipality.unknown");
        }
        if (data.providerOrganisationId() != null
                && organisations.findProvider(data.providerOrganisationId()).isEmpty()) {
            throw new FieldConflictException("providerOrganisationId", "person.provider.unknown");
        }
    }
}
