package no.samla.system.privacy;

import java.util.List;
import java.util.Set;

/**
 * A module's part of a person's data. Each module that keeps a person's id in a table has one, and declares the
 * columns it answers for, so that a test can prove no column that holds a person is forgotten.
 *
 * <p>Erasure keeps the person's row, anonymised, so that what others rely on (a programme's attendance, a gathering's
 * material, another leader's conversation) stays whole without a name; what the person wrote for themselves is
 * deleted; settings and sign-in data are deleted.
 */
public interface PersonalDataHolder {

    /** The {@code table.column} pairs referring to {@code person.id} that this holder exports and erases. */
    Set<String> personColumns();

    /** Adds the person's records to the export, a bounded number of statements whatever their number. */
    void export(long personId, PersonalDataExport export);

    /** What {@link #erase} would do, kind by kind, with counts; kinds with no records may be left out. */
    List<ErasureLine> previewErasure(long personId);

    /** Deletes or anonymises the person's records, in the erasure's transaction, as the preview said. */
    void erase(long personId);
}
