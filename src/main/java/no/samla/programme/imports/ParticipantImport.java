package no.samla.programme.imports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.samla.organisation.Municipality;
import no.samla.organisation.Organisations;
import no.samla.people.Account;
import no.samla.people.Accounts;
import no.samla.people.Invitations;
import no.samla.people.People;
import no.samla.people.Person;
import no.samla.people.PersonData;
import no.samla.people.Role;
import no.samla.people.RoleGrant;
import no.samla.people.Sector;
import no.samla.programme.Enrolments;
import no.samla.programme.Enrolments.NewParticipation;
import no.samla.programme.LeaderGroup;
import no.samla.programme.ParticipationRole;
import no.samla.programme.imports.ImportPreview.CheckedRow;
import no.samla.programme.imports.ImportPreview.Problem;
import no.samla.programme.imports.ImportResult.InvitationLink;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks an import file against Samla and imports it. The check runs a fixed number of queries whatever
 * the number of rows (municipalities by number, people by e-mail, the programme's participants), so a
 * file of thousands previews in a moment; the import is one transaction: all rows or none.
 */
@Service
class ParticipantImport {

    static final int MAX_LENGTH = 200;
    static final int MAX_EMAIL_LENGTH = 254;

    private static final Pattern EMAIL =
            Pattern.compile("^[^\\s@,;<>()\\[\\]\"]+@[^\\s@,;<>()\\[\\]\"]+\\.[^\\s@,;<>()\\[\\]\".]{2,}$");
    private static final Pattern MUNICIPALITY_NUMBER = Pattern.compile("^\\d{4}$");

    private final Organisations organisations;
    private final People people;
    private final Accounts accounts;
    private final Invitations invitations;
    private final Enrolments enrolments;
    private final Map<String, Sector> sectors;

    ParticipantImport(
            Organisations organisations,
            People people,
            Accounts accounts,
            Invitations invitations,
            Enrolments enrolments,
            MessageSource messages) {
        this.organisations = organisations;
        this.people = people;
        this.accounts = accounts;
        this.invitations = invitations;
        this.enrolments = enrolments;
        this.sectors = sectorNames(messages);
    }

    /** A sector is written as its code (HEALTH_AND_CARE) or its name in bokmål, nynorsk or English. */
    private static Map<String, Sector> sectorNames(MessageSource messages) {
        Map<String, Sector> names = new HashMap<>();
        for (Sector sector : Sector.values()) {
            names.put(normalise(sector.name()), sector);
            names.put(normalise(sector.name().replace('_', ' ')), sector);
            for (Locale locale : List.of(Locale.forLanguageTag("nb"), Locale.forLanguageTag("nn"), Locale.ENGLISH)) {
                String name = messages.getMessage("sector." + sector.name(), null, null, locale);
                if (name != null) {
                    names.putIfAbsent(normalise(name), sector);
                }
            }
        }
        return Map.copyOf(names);
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Checks every row; the result is what the preview shows. */
    @Transactional(readOnly = true)
    public ImportPreview check(long programmeId, String fileName, List<ImportRow> rows) {
        Map<String, Municipality> municipalities = organisations
                .findMunicipalitiesByNumber(rows.stream()
                        .map(row -> municipalityNumber(row.municipalityNumber()))
                        .filter(number -> MUNICIPALITY_NUMBER.matcher(number).matches())
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Municipality::getNumber, Function.identity()));
        Map<String, Person> existing =
                people
                        .findByEmails(rows.stream()
                                .map(ImportRow::email)
                                .filter(email -> isEmail(email))
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(person -> lowerCase(person.getEmail()), Function.identity()));
        Set<Long> enrolled = enrolments.activePersonIds(programmeId);
        Map<String, List<Integer>> rowsByEmail = new HashMap<>();
        for (ImportRow row : rows) {
            if (!row.email().isBlank()) {
                rowsByEmail
                        .computeIfAbsent(lowerCase(row.email()), email -> new ArrayList<>())
                        .add(row.rowNumber());
            }
        }

        List<CheckedRow> checked = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            List<Problem> problems = new ArrayList<>();
            checkText(row.name(), "name", true, problems);
            checkText(row.title(), "title", false, problems);
            checkText(row.unit(), "unit", false, problems);
            checkText(row.leaderGroup(), "leaderGroup", false, problems);

            Person person = null;
            if (row.email().isBlank()) {
                problems.add(Problem.of("import.problem.email.missing"));
            } else if (!isEmail(row.email())) {
                problems.add(new Problem("import.problem.email.invalid", row.email()));
            } else {
                List<Integer> same = rowsByEmail.get(lowerCase(row.email()));
                if (same.size() > 1) {
                    problems.add(new Problem(
                            "import.problem.email.duplicate",
                            same.stream()
                                    .filter(number -> number != row.rowNumber())
                                    .map(String::valueOf)
                                    .collect(Collectors.joining(", "))));
                }
                person = existing.get(lowerCase(row.email()));
            }

            Municipality municipality = null;
            String number = municipalityNumber(row.municipalityNumber());
            if (number.isEmpty()) {
                problems.add(Problem.of("import.problem.municipality.missing"));
            } else {
                municipality = municipalities.get(number);
                if (municipality == null) {
                    problems.add(new Problem("import.problem.municipality.unknown", row.municipalityNumber()));
                }
            }

            Sector sector = null;
            if (!row.sector().isBlank()) {
                sector = sectors.get(normalise(row.sector()));
                if (sector == null) {
                    problems.add(new Problem("import.problem.sector.unknown", row.sector()));
                }
            }

            if (person != null) {
                if (municipality != null && !municipality.getId().equals(person.getMunicipalityId())) {
                    problems.add(Problem.of("import.problem.person.otherMunicipality"));
                }
                if (enrolled.contains(person.getId())) {
                    problems.add(Problem.of("import.problem.person.alreadyEnrolled"));
                }
            }
            checked.add(new CheckedRow(
                    row,
                    municipality == null ? null : municipality.getId(),
                    municipality == null ? null : municipality.getLabel(),
                    sector,
                    person == null ? null : person.getId(),
                    List.copyOf(problems)));
        }
        return new ImportPreview(UUID.randomUUID().toString(), programmeId, fileName, List.copyOf(checked));
    }

    /** The import either happened, or the file no longer passes the check (Samla changed since the preview). */
    sealed interface Outcome {}

    record Imported(ImportResult result) implements Outcome {}

    record NoLongerValid(ImportPreview preview) implements Outcome {}

    /**
     * Imports a previewed file in one transaction: the file is checked again first, then the missing
     * municipalities, leader groups, people (with disabled accounts and invitation links) and the
     * participations are created. Any failure rolls all of it back.
     */
    @Transactional
    public Outcome confirm(long programmeId, ImportPreview previewed) {
        ImportPreview preview = check(
                programmeId,
                previewed.fileName(),
                previewed.rows().stream().map(CheckedRow::row).toList());
        if (preview.hasProblems()) {
            return new NoLongerValid(preview);
        }
        Map<String, Long> groups = leaderGroups(programmeId, preview.rows());

        List<CheckedRow> newRows =
                preview.rows().stream().filter(row -> !row.isExistingPerson()).toList();
        List<Person> created = people.createAll(newRows.stream()
                .map(row -> new PersonData(
                        row.row().name(),
                        row.row().email(),
                        null,
                        blankToNull(row.row().title()),
                        row.municipalityId(),
                        null,
                        blankToNull(row.row().unit()),
                        row.sector()))
                .toList());
        List<Account> newAccounts = accounts.createInvitedAll(
                created.stream().map(Person::getId).toList(), Set.of(RoleGrant.of(Role.LEADER)));
        Map<Long, String> tokens =
                invitations.createAll(newAccounts.stream().map(Account::getId).toList());

        Map<String, Long> personIds = new LinkedHashMap<>();
        preview.rows().stream()
                .filter(CheckedRow::isExistingPerson)
                .forEach(row -> personIds.put(lowerCase(row.row().email()), row.existingPersonId()));
        created.forEach(person -> personIds.put(lowerCase(person.getEmail()), person.getId()));
        enrolments.enrolAll(
                programmeId,
                preview.rows().stream()
                        .map(row -> new NewParticipation(
                                personIds.get(lowerCase(row.row().email())),
                                row.row().leaderGroup().isBlank()
                                        ? null
                                        : groups.get(groupKey(
                                                row.municipalityId(), row.row().leaderGroup()))))
                        .toList(),
                EnumSet.of(ParticipationRole.PARTICIPANT));

        List<InvitationLink> links = new ArrayList<>();
        for (Account account : newAccounts) {
            links.add(new InvitationLink(
                    account.getPerson().getFullName(), account.getEmail(), tokens.get(account.getId()), null));
        }
        return new Imported(
                new ImportResult(preview.size(), created.size(), preview.size() - created.size(), List.copyOf(links)));
    }

    /**
     * The leader groups the rows name, by municipality and name without case: the programme's own, and
     * new ones for the rest (their municipality enrolled first when it is not yet).
     */
    private Map<String, Long> leaderGroups(long programmeId, List<CheckedRow> rows) {
        Map<String, Long> groups = new HashMap<>();
        for (LeaderGroup group : enrolments.leaderGroups(programmeId, null)) {
            groups.put(groupKey(group.getProgrammeMunicipality().getMunicipalityId(), group.getName()), group.getId());
        }
        Set<Long> enrolledMunicipalities = enrolments.municipalities(programmeId, null).stream()
                .map(enrolled -> enrolled.municipalityId())
                .collect(Collectors.toSet());
        for (CheckedRow row : rows) {
            long municipalityId = row.municipalityId();
            if (!enrolledMunicipalities.contains(municipalityId)) {
                enrolments.enrolMunicipality(programmeId, municipalityId);
                enrolledMunicipalities.add(municipalityId);
            }
            String name = row.row().leaderGroup();
            if (!name.isBlank() && !groups.containsKey(groupKey(municipalityId, name))) {
                LeaderGroup group = enrolments.addLeaderGroup(programmeId, municipalityId, name);
                groups.put(groupKey(municipalityId, name), group.getId());
            }
        }
        return groups;
    }

    private static String groupKey(long municipalityId, String name) {
        return municipalityId + ":" + normalise(name);
    }

    private static void checkText(String value, String field, boolean required, List<Problem> problems) {
        if (required && value.isBlank()) {
            problems.add(Problem.of("import.problem." + field + ".missing"));
        } else if (value.length() > MAX_LENGTH) {
            problems.add(new Problem("import.problem." + field + ".tooLong", String.valueOf(MAX_LENGTH)));
        }
    }

    static boolean isEmail(String email) {
        return email != null
                && email.length() <= MAX_EMAIL_LENGTH
                && EMAIL.matcher(email).matches();
    }

    /** Excel drops the leading zero of Oslo's 0301 when the column holds numbers: 301 is 0301. */
    static String municipalityNumber(String written) {
        String number = written.strip();
        return number.matches("\\d{3}") ? "0" + number : number;
    }

    private static String lowerCase(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
