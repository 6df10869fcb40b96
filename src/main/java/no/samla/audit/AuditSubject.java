package no.samla.audit;

/** The kind of object an entry is about; stored by name. */
public enum AuditSubject {
    ACCOUNT,
    PERSON,
    PROGRAMME,
    GATHERING,
    MUNICIPALITY,
    EVALUATION,
    SURVEY,
    LOG_ENTRY
}
