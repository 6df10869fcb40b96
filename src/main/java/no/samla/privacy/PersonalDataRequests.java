package no.samla.privacy;

import java.util.List;
import no.samla.audit.AuditAction;
import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.people.People;
import no.samla.people.Person;
import no.samla.system.FieldRefusedException;
import no.samla.system.privacy.ErasureLine;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.privacy.PersonalDataHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's export and erasure, from all modules at once. The holders come in their order, the people module's
 * last, so that the person's row is anonymised after the others have used it.
 */
@Service
@Transactional(readOnly = true)
public class PersonalDataRequests {

    private final List<PersonalDataHolder> holders;
    private final People people;
    private final AuditTrail audit;

    PersonalDataRequests(List<PersonalDataHolder> holders, People people, AuditTrail audit) {
        this.holders = holders;
        this.people = people;
        this.audit = audit;
    }

    /** Everything Samla keeps about the person, for the person; the page that hands it out writes the audit row. */
    public PersonalDataExport export(long personId) {
        people.get(personId);
        PersonalDataExport export = new PersonalDataExport();
        holders.forEach(holder -> holder.export(personId, export));
        return export;
    }

    /** What erasing the person would delete, anonymise and keep, kinds without records left out. */
    public List<ErasureLine> preview(long personId) {
        people.get(personId);
        return holders.stream()
                .flatMap(holder -> holder.previewErasure(personId).stream())
                .filter(line -> line.count() > 0)
                .toList();
    }

    /**
     * Erases the person in one transaction: all holders or none. The typed name must be the person's, so that a
     * slip of the mouse erases no one; an already anonymised person and the admin's own person are refused.
     */
    @Transactional
    public void erase(long personId, String typedName, long actingPersonId) {
        Person person = people.get(personId);
        if (person.isAnonymised()) {
            throw new FieldRefusedException("confirmName", "personaldata.erase.already");
        }
        if (personId == actingPersonId) {
            throw new FieldRefusedException("confirmName", "personaldata.erase.self");
        }
        if (typedName == null || !typedName.strip().equals(person.getFullName().strip())) {
            throw new FieldRefusedException("confirmName", "personaldata.erase.name");
        }
        List<ErasureLine> lines = preview(personId);
        holders.forEach(holder -> holder.erase(personId));
        audit.record(AuditAction.PERSON_ERASED, AuditSubject.PERSON, personId, summary(lines));
    }

    /** Kinds and counts only, never names or content: the log outlives the erasure. */
    private static String summary(List<ErasureLine> lines) {
        StringBuilder summary = new StringBuilder();
        for (ErasureLine line : lines) {
            String part = line.kind() + " " + line.treatment().name().toLowerCase() + " " + line.count();
            if (summary.length() + part.length() + 2 > 480) {
                summary.append(", …");
                break;
            }
            summary.append(summary.isEmpty() ? "" : ", ").append(part);
        }
        return summary.toString();
    }
}
