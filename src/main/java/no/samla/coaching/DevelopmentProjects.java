package no.samla.coaching;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.samla.programme.Programme;
import no.samla.programme.Programmes;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each leader's development project ("meg som leder") in a programme they take part in. Every save of the text keeps
 * a new version; the leader chooses who else may read it: their coach, their network group, the programme's
 * coordinators, or (the default) no one. Admins and municipality admins never read it.
 */
@Service
@Transactional(readOnly = true)
public class DevelopmentProjects {

    private final DevelopmentProjectRepository projects;
    private final DevelopmentProjectVersionRepository versions;
    private final Coaching coaching;
    private final Programmes programmes;
    private final ObjectProvider<NetworkGroupMembership> networkGroups;
    private final Clock clock;

    DevelopmentProjects(
            DevelopmentProjectRepository projects,
            DevelopmentProjectVersionRepository versions,
            Coaching coaching,
            Programmes programmes,
            ObjectProvider<NetworkGroupMembership> networkGroups,
            Clock clock) {
        this.projects = projects;
        this.versions = versions;
        this.coaching = coaching;
        this.programmes = programmes;
        this.networkGroups = networkGroups;
        this.clock = clock;
    }

    /** The leader's project in a programme they take part in as a participant, if they have written one. */
    public Optional<DevelopmentProject> own(long personId, long programmeId) {
        coaching.programmeOf(personId, programmeId);
        return projects.findByProgrammeIdAndPersonId(programmeId, personId);
    }

    public Optional<DevelopmentProject> find(long projectId) {
        return projects.findById(projectId);
    }

    /** The project of a leader in a programme, whether or not the reader may see it; callers check {@link #mayRead}. */
    public Optional<DevelopmentProject> of(long programmeId, long personId) {
        return projects.findByProgrammeIdAndPersonId(programmeId, personId);
    }

    public Optional<DevelopmentProjectVersion> latest(DevelopmentProject project) {
        return projects.latest(project.getId());
    }

    public Optional<DevelopmentProjectVersion> version(DevelopmentProject project, int number) {
        return projects.version(project.getId(), number);
    }

    public List<ProjectVersionRow> history(DevelopmentProject project) {
        return projects.versions(project.getId());
    }

    /**
     * Saves the leader's project: a new version when the text differs from the latest, and the sharing choice. The
     * form was opened on version {@code basedOn} (0 for a new project); a newer save in between is a stale edit.
     *
     * @return the number of the latest version after the save
     */
    @Transactional
    public int save(
            long personId,
            long programmeId,
            int basedOn,
            DevelopmentProjectVersion.ProjectText text,
            DevelopmentProject.Sharing sharing) {
        coaching.programmeOf(personId, programmeId);
        DevelopmentProject project = projects.findByProgrammeIdAndPersonId(programmeId, personId)
                .orElseGet(() -> projects.save(new DevelopmentProject(programmeId, personId)));
        // Two saves of one project at once: the second waits here and then sees the first's version.
        projects.lockById(project.getId());
        Optional<DevelopmentProjectVersion> latest = projects.latest(project.getId());
        int latestNumber = latest.map(DevelopmentProjectVersion::getNumber).orElse(0);
        StaleEditException.check(latestNumber, basedOn);
        project.share(sharing);
        if (latest.isPresent() && Objects.equals(latest.get().text(), text)) {
            return latestNumber;
        }
        versions.save(new DevelopmentProjectVersion(project.getId(), latestNumber + 1, text, clock.instant()));
        return latestNumber + 1;
    }

    /**
     * Whether the person may read the project: its owner always; the leader's coach when shared with the coach; the
     * programme's coordinators when shared with them; the leader's network group when shared with it.
     */
    public boolean mayRead(long readerPersonId, DevelopmentProject project) {
        if (project.getPersonId() == readerPersonId) {
            return true;
        }
        DevelopmentProject.Sharing sharing = project.getSharing();
        if (sharing.coach()) {
            Long coach = coaching.programmesOf(project.getPersonId()).stream()
                    .filter(programme -> programme.programmeId() == project.getProgrammeId())
                    .findFirst()
                    .map(LeaderProgramme::coachPersonId)
                    .orElse(null);
            if (coach != null && coach == readerPersonId) {
                return true;
            }
        }
        if (sharing.coordinators()) {
            Programme programme = programmes.find(project.getProgrammeId()).orElseThrow();
            if (programme.isCoordinatedBy(readerPersonId)) {
                return true;
            }
        }
        if (sharing.networkGroup()) {
            NetworkGroupMembership membership = networkGroups.getIfAvailable();
            return membership != null
                    && membership.sameGroup(project.getProgrammeId(), project.getPersonId(), readerPersonId);
        }
        return false;
    }

    /** The project as the reader may see it, or "not found". */
    public DevelopmentProject readable(long readerPersonId, long projectId) {
        return projects.findById(projectId)
                .filter(project -> mayRead(readerPersonId, project))
                .orElseThrow(() -> new NotFoundException("DevelopmentProject", projectId));
    }
}
