package no.samla.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samla.gathering.Gathering;
import no.samla.gathering.Gatherings;
import no.samla.organisation.Municipality;
import no.samla.organisation.Organisations;
import no.samla.people.People;
import no.samla.people.SamlaUser;
import no.samla.programme.Enrolments;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leadership platforms of programmes and who may do what with them. The programme's coordinators and the admin see
 * and edit every platform; its leaders see the programme-wide platform and their own municipality's, and comment and
 * react while the window is open; an enrolled municipality's admin reads the same two. To anyone else a platform does
 * not exist. Every change to the draft names the platform version its page was opened on, so two coordinators never
 * overwrite each other.
 */
@Service
@Transactional(readOnly = true)
public class Platforms {

    private final PlatformRepository platforms;
    private final PlatformVersionRepository versions;
    private final PlatformActivity activity;
    private final ProgrammeAccess access;
    private final Enrolments enrolments;
    private final People people;
    private final Organisations organisations;
    private final Gatherings gatherings;
    private final Clock clock;

    Platforms(
            PlatformRepository platforms,
            PlatformVersionRepository versions,
            PlatformActivity activity,
            ProgrammeAccess access,
            Enrolments enrolments,
            People people,
            Organisations organisations,
            Gatherings gatherings,
            Clock clock) {
        this.platforms = platforms;
        this.versions = versions;
        this.activity = activity;
        this.access = access;
        this.enrolments = enrolments;
        this.people = people;
        this.organisations = organisations;
        this.gatherings = gatherings;
        this.clock = clock;
    }

    /** The platforms of a programme the user sees the pages of (a municipality admin: the ones they may read). */
    public List<PlatformRow> list(SamlaUser user, long programmeId) {
        Programme programme = access.view(user, programmeId);
        return activity.rows(programmeId, access.municipalityScope(user, programme));
    }

    /**
     * The platforms a participant of the programme reads: the programme-wide one and their municipality's. The caller
     * has checked that the user takes part as a participant.
     */
    public Deferred<List<PlatformRow>> forParticipant(SamlaUser user, long programmeId, ReadBatch reads) {
        return activity.rowsForPerson(programmeId, user.personId(), reads);
    }

    /** Starts a platform for the whole programme (no municipality) or for one of its enrolled municipalities. */
    @Transactional
    public LeadershipPlatform create(SamlaUser user, long programmeId, Long municipalityId) {
        access.manage(user, programmeId);
        if (municipalityId != null && !enrolments.isEnrolled(programmeId, municipalityId)) {
            throw new FieldConflictException("municipalityId", "platform.municipality.notEnrolled");
        }
        boolean exists = municipalityId == null
                ? platforms.existsByProgrammeIdAndMunicipalityIdIsNull(programmeId)
                : platforms.existsByProgrammeIdAndMunicipalityId(programmeId, municipalityId);
        if (exists) {
            throw new FieldConflictException("municipalityId", "platform.exists");
        }
        return platforms.save(new LeadershipPlatform(programmeId, municipalityId, clock.instant()));
    }

    /** The platform with its draft if the user may see it, or "not found". */
    public PlatformView reading(SamlaUser user, long platformId) {
        LeadershipPlatform platform = platforms.findWithPrinciples(platformId).orElseThrow(() -> notFound(platformId));
        return viewOf(user, platform);
    }

    /** The platform if the user edits it: "not found" if they may not see it, 403 if they only read it. */
    public PlatformView managing(SamlaUser user, long platformId) {
        PlatformView view = reading(user, platformId);
        if (!view.manages()) {
            throw new AccessDeniedException("Only the programme's coordinators edit its platform");
        }
        return view;
    }

    private PlatformView viewOf(SamlaUser user, LeadershipPlatform platform) {
        long programmeId = platform.getProgrammeId();
        Long municipalityId = platform.getMunicipalityId();
        String municipalityName = municipalityId == null
                ? null
                : organisations
                        .findMunicipality(municipalityId)
                        .map(Municipality::getName)
                        .orElse(null);
        if (access.canView(user, programmeId)) {
            Programme programme = access.view(user, programmeId);
            boolean manages = access.canManage(user, programme);
            Long scope = access.municipalityScope(user, programme);
            if (!manages && scope != null && municipalityId != null && !scope.equals(municipalityId)) {
                throw notFound(platform.getId());
            }
            return new PlatformView(platform, programme, municipalityName, manages, isParticipant(user, programmeId));
        }
        if (isParticipant(user, programmeId)
                && (municipalityId == null
                        || municipalityId.equals(people.get(user.personId()).getMunicipalityId()))) {
            return new PlatformView(platform, access.member(user, programmeId), municipalityName, false, true);
        }
        throw notFound(platform.getId());
    }

    private boolean isParticipant(SamlaUser user, long programmeId) {
        return enrolments.programmesAsParticipant(user.personId()).contains(programmeId);
    }

    @Transactional
    public Principle addPrinciple(SamlaUser user, long platformId, long formVersion, Principle.Texts texts) {
        return forChange(user, platformId, formVersion).addPrinciple(texts.clean());
    }

    @Transactional
    public void changePrinciple(
            SamlaUser user, long platformId, long principleId, long formVersion, Principle.Texts texts) {
        forChange(user, platformId, formVersion).changePrinciple(principleId, texts.clean());
    }

    @Transactional
    public void movePrinciple(SamlaUser user, long platformId, long principleId, long formVersion, boolean up) {
        forChange(user, platformId, formVersion).movePrinciple(principleId, up);
    }

    @Transactional
    public void removePrinciple(SamlaUser user, long platformId, long principleId, long formVersion) {
        forChange(user, platformId, formVersion).removePrinciple(principleId);
    }

    /**
     * Merges {@code otherId} into {@code keptId}: the kept one gets the other's texts below its own (for the
     * coordinator to tidy) and notes its title; the other's comments and reactions move to it; the other leaves the
     * draft (earlier versions keep it).
     */
    @Transactional
    public void merge(SamlaUser user, long platformId, long keptId, long otherId, long formVersion) {
        LeadershipPlatform platform = forChange(user, platformId, formVersion);
        platform.principle(keptId);
        platform.principle(otherId);
        if (keptId != otherId) {
            activity.move(otherId, keptId);
        }
        platform.merge(keptId, otherId);
    }

    /** Opens the comment window until the given moment, or until it is closed when that is null. */
    @Transactional
    public void openComments(SamlaUser user, long platformId, Instant until) {
        managing(user, platformId);
        if (until != null && !until.isAfter(clock.instant())) {
            throw new FieldConflictException("until", "platform.window.past");
        }
        platforms.findById(platformId).orElseThrow().openComments(until);
    }

    @Transactional
    public void closeComments(SamlaUser user, long platformId) {
        managing(user, platformId);
        platforms.findById(platformId).orElseThrow().closeComments();
    }

    public boolean commentsOpen(LeadershipPlatform platform) {
        return platform.commentsOpenAt(clock.instant());
    }

    /** Saves the draft as the next version, after one of the programme's gatherings; returns its number. */
    @Transactional
    public int saveVersion(SamlaUser user, long platformId, long formVersion, long gatheringId) {
        LeadershipPlatform platform = forChange(user, platformId, formVersion);
        boolean ownGathering = gatherings.of(platform.getProgrammeId()).stream()
                .anyMatch(gathering -> gathering.getId() == gatheringId);
        if (!ownGathering) {
            throw new FieldConflictException("gatheringId", "platform.version.gathering.unknown");
        }
        if (platform.getPrinciples().isEmpty()) {
            throw new FieldConflictException("gatheringId", "platform.version.empty");
        }
        int number = versions.lastNumber(platformId) + 1;
        if (number > LeadershipPlatform.MAX_VERSIONS) {
            throw new FieldConflictException("gatheringId", "platform.version.tooMany");
        }
        versions.save(new PlatformVersion(
                platformId, number, gatheringId, user.personId(), clock.instant(), platform.getPrinciples()));
        return number;
    }

    /** Marks a version as the adopted final one on a date; a platform has at most one, so this moves it. */
    @Transactional
    public void adopt(SamlaUser user, long platformId, int number, LocalDate on) {
        managing(user, platformId);
        PlatformVersion version =
                versions.findByPlatformIdAndNumber(platformId, number).orElseThrow(() -> notFound(platformId));
        platforms.findById(platformId).orElseThrow().adopt(version.getId(), on);
    }

    /** The versions, newest first, with the gatherings they followed. */
    public List<VersionRow> versions(LeadershipPlatform platform) {
        Map<Long, Gathering> byId = gatherings.of(platform.getProgrammeId()).stream()
                .collect(Collectors.toMap(Gathering::getId, Function.identity()));
        return versions.findByPlatformIdOrderByNumberDesc(platform.getId()).stream()
                .map(version -> {
                    Gathering gathering = version.getGatheringId() == null ? null : byId.get(version.getGatheringId());
                    return new VersionRow(
                            version.getId(),
                            version.getNumber(),
                            gathering == null ? null : gathering.getNumber(),
                            gathering == null ? null : gathering.getTitle(),
                            version.getCreatedAt(),
                            version.getId().equals(platform.getAdoptedVersionId()));
                })
                .toList();
    }

    /** The programme's gatherings, for the version form. */
    public List<Gathering> gatheringsOf(LeadershipPlatform platform) {
        return gatherings.of(platform.getProgrammeId());
    }

    /** A version of a platform the user may see. */
    public PlatformVersion version(SamlaUser user, long platformId, int number) {
        reading(user, platformId);
        return versions.findByPlatformIdAndNumber(platformId, number).orElseThrow(() -> notFound(platformId));
    }

    /** The adopted version, if any, of a platform the caller has shown the user. */
    public java.util.Optional<PlatformVersion> adopted(LeadershipPlatform platform) {
        return platform.getAdoptedVersionId() == null
                ? java.util.Optional.empty()
                : versions.findById(platform.getAdoptedVersionId());
    }

    public PlatformDiff diff(SamlaUser user, long platformId, int from, int to) {
        return PlatformDiff.of(version(user, platformId, from), version(user, platformId, to));
    }

    /** Comments, reactions and the user's own reaction per principle, in a fixed number of statements. */
    public Map<Long, PrincipleActivity> activity(SamlaUser user, PlatformView view) {
        return activity.of(view.id(), user.personId());
    }

    /** All comments on a principle, newest first, a page at a time. */
    public Page<CommentRow> comments(PlatformView view, long principleId, Pageable pageable) {
        view.platform().principle(principleId);
        return activity.comments(principleId, pageable);
    }

    /** A leader's comment on a principle: only participants, only while the window is open. */
    @Transactional
    public void comment(SamlaUser user, long platformId, long principleId, String text) {
        commenting(user, platformId, principleId);
        activity.comment(principleId, user.personId(), text.strip(), clock.instant());
    }

    /** A leader's reaction to a principle; null removes it. */
    @Transactional
    public void react(SamlaUser user, long platformId, long principleId, Reaction reaction) {
        commenting(user, platformId, principleId);
        activity.react(principleId, user.personId(), reaction, clock.instant());
    }

    /** The platform for a comment or reaction: not found, 403 for those who only read it, refused when closed. */
    public PlatformView commenting(SamlaUser user, long platformId, long principleId) {
        PlatformView view = reading(user, platformId);
        if (!view.participant()) {
            throw new AccessDeniedException("Only the programme's leaders comment on its platform");
        }
        view.platform().principle(principleId);
        if (!commentsOpen(view.platform())) {
            throw new CommentsClosedException(platformId);
        }
        return view;
    }

    /**
     * The language the platform's documents are labelled in: its municipality's, or for a programme-wide platform the
     * one all the programme's municipalities share, else bokmål.
     */
    public Locale documentLanguage(PlatformView view) {
        Long municipalityId = view.platform().getMunicipalityId();
        if (municipalityId != null) {
            return organisations
                    .findMunicipality(municipalityId)
                    .map(Municipality::getWrittenLocale)
                    .orElse(Locale.forLanguageTag("nb"));
        }
        List<String> languages = activity.languagesOf(view.platform().getProgrammeId());
        return Locale.forLanguageTag(languages.size() == 1 ? languages.get(0) : "nb");
    }

    /**
     * What the print page and the PDF show: the version asked for, else the adopted version, else the latest one, else
     * the draft; labelled in {@link #documentLanguage}.
     */
    public Printout printout(SamlaUser user, long platformId, Integer number) {
        PlatformView view = reading(user, platformId);
        LeadershipPlatform platform = view.platform();
        java.util.Optional<PlatformVersion> chosen = number != null
                ? java.util.Optional.of(version(user, platformId, number))
                : adopted(platform)
                        .or(() -> versions.findByPlatformIdOrderByNumberDesc(platformId).stream()
                                .findFirst()
                                .flatMap(latest -> versions.findByPlatformIdAndNumber(platformId, latest.getNumber())));
        Locale language = documentLanguage(view);
        if (chosen.isEmpty()) {
            return new Printout(
                    view,
                    null,
                    null,
                    platform.getPrinciples().stream().map(Principle::texts).toList(),
                    language);
        }
        PlatformVersion version = chosen.get();
        boolean adopted = version.getId().equals(platform.getAdoptedVersionId());
        return new Printout(
                view,
                version.getNumber(),
                adopted ? platform.getAdoptedOn() : null,
                version.getPrinciples().stream().map(VersionPrinciple::texts).toList(),
                language);
    }

    /**
     * A platform on paper: the version's number (null for the draft), the adoption date when it is the adopted one, its
     * principles in order and the language of the labels.
     */
    public record Printout(
            PlatformView view,
            Integer versionNumber,
            LocalDate adoptedOn,
            List<Principle.Texts> principles,
            Locale language) {}

    /** The platform for a change whose version goes up at commit, after the access and version checks. */
    private LeadershipPlatform forChange(SamlaUser user, long platformId, long formVersion) {
        managing(user, platformId);
        LeadershipPlatform platform = platforms.findForChange(platformId).orElseThrow(() -> notFound(platformId));
        StaleEditException.check(platform.getVersion(), formVersion);
        return platform;
    }

    private static NotFoundException notFound(long platformId) {
        return new NotFoundException("LeadershipPlatform", platformId);
    }
}
