package no.samla.people;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samla.audit.AuditAction;
import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.audit.Changes;
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
    private final AuditTrail audit;

    People(PersonRepository persons, AccountRepository accounts, Organisations organisations, AuditTrail audit) {
        this.persons = persons;
        this.accounts = accounts;
        this.organisations = organisations;
        this.audit = audit;
    }

    public Page<PersonRow> search(String query, Long municipalityId, Long providerId, Pageable pageable) {
        return persons.search(query == null ? "" : query.strip(), municipalityId, providerId, pageable);
    }

    public java.util.Optional<Person> findByEmail(String email) {
        return persons.findByEmail(email == null ? "" : email.strip());
    }

    /** The people with any of these e-mails, compared without case, in one query. */
    public List<Person> findByEmails(Collection<String> emails) {
        Set<String> lowerCase = emails.stream()
                .filter(email -> email != null && !email.isBlank())
                .map(email -> email.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return lowerCase.isEmpty() ? List.of() : persons.findByLowerEmails(lowerCase);
    }

    public java.util.List<Person> getAll(java.util.Collection<Long> ids) {
        return persons.findAllById(ids);
    }

    /** The provider organisation a person (a coordinator, say) works for, if any. */
    public Long providerOf(long personId) {
        return get(personId).getProviderOrganisationId();
    }

    public Person get(long id) {
        return persons.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
    }

    @Transactional
    public Person create(PersonData data) {
        check(data, null);
        Person person = persons.save(new Person(data));
        audit.record(AuditAction.PERSON_CREATED, AuditSubject.PERSON, person.getId(), "");
        return person;
    }

    /**
     * Creates many people at once with the same checks as {@link #create}, in a fixed number of queries
     * (an import of thousands must not check one by one); all or none. In the order given.
     */
    @Transactional
    public List<Person> createAll(List<PersonData> data) {
        if (data.isEmpty()) {
            return List.of();
        }
        Set<String> emails = data.stream()
                .map(person -> person.email().strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        if (emails.size() < data.size() || !persons.findByLowerEmails(emails).isEmpty()) {
            throw new FieldConflictException("email", "person.email.taken");
        }
        for (Long municipalityId : distinct(data, PersonData::municipalityId)) {
            if (organisations.findMunicipality(municipalityId).isEmpty()) {
                throw new FieldConflictException("municipalityId", "person.municipality.unknown");
            }
        }
        for (Long providerId : distinct(data, PersonData::providerOrganisationId)) {
            if (organisations.findProvider(providerId).isEmpty()) {
                throw new FieldConflictException("providerOrganisationId", "person.provider.unknown");
            }
        }
        List<Person> created = persons.saveAll(data.stream().map(Person::new).toList());
        audit.recordAll(
                AuditAction.PERSON_CREATED,
                AuditSubject.PERSON,
                created.stream().map(Person::getId).toList(),
                "import of " + created.size());
        return created;
    }

    private static Set<Long> distinct(List<PersonData> data, Function<PersonData, Long> id) {
        return data.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** Creates a person with their manager (or none); the manager is checked as in {@link #assignManager}. */
    @Transactional
    public Person create(PersonData data, Long managerId) {
        Person person = create(data);
        checkManager(person, managerId);
        person.assignManager(managerId);
        return person;
    }

    /** Updates a person and sets their manager (or none) in one go; nothing is saved if either is refused. */
    @Transactional
    public Person update(long id, long formVersion, PersonData data, Long managerId) {
        Person person = get(id);
        Long managerBefore = person.getManagerPersonId();
        List<String> changed = new java.util.ArrayList<>(apply(person, formVersion, data));
        checkManager(person, managerId);
        person.assignManager(managerId);
        if (!Objects.equals(managerBefore, managerId)) {
            changed.add("manager");
        }
        audit.record(AuditAction.PERSON_CHANGED, AuditSubject.PERSON, id, Changes.summary(changed));
        return person;
    }

    /**
     * Sets a person's own manager, or none. The manager is another known person, of the same municipality when the
     * person belongs to one, and not someone the person manages themselves.
     */
    @Transactional
    public void assignManager(long personId, Long managerId) {
        Person person = get(personId);
        checkManager(person, managerId);
        person.assignManager(managerId);
        audit.record(AuditAction.PERSON_CHANGED, AuditSubject.PERSON, personId, Changes.summary(List.of("manager")));
    }

    private void checkManager(Person person, Long managerId) {
        if (managerId == null) {
            return;
        }
        if (managerId.equals(person.getId())) {
            throw new FieldConflictException("managerEmail", "person.manager.self");
        }
        Person manager = persons.findById(managerId)
                .orElseThrow(() -> new FieldConflictException("managerEmail", "person.manager.unknown"));
        if (person.getMunicipalityId() != null && !person.getMunicipalityId().equals(manager.getMunicipalityId())) {
            throw new FieldConflictException("managerEmail", "person.manager.otherMunicipality");
        }
        if (person.getId() != null && person.getId().equals(manager.getManagerPersonId())) {
            throw new FieldConflictException("managerEmail", "person.manager.mutual");
        }
    }

    @Transactional
    public Person update(long id, long formVersion, PersonData data) {
        Person person = get(id);
        List<String> changed = apply(person, formVersion, data);
        audit.record(AuditAction.PERSON_CHANGED, AuditSubject.PERSON, id, Changes.summary(changed));
        return person;
    }

    /** Updates the person (and their account's e-mail) after the checks; returns the names of the fields changed. */
    private List<String> apply(Person person, long formVersion, PersonData data) {
        // an erased person's row stays for what others rely on; a name typed back in would undo the erasure
        if (person.isAnonymised()) {
            throw new FieldConflictException("fullName", "person.anonymised");
        }
        StaleEditException.check(person.getVersion(), formVersion);
        check(data, person.getId());
        PersonData before = person.data();
        person.update(data);
        accounts.findByPersonId(person.getId()).ifPresent(Account::syncEmail);
        return Changes.fields(before, person.data());
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
