package no.samla.coaching;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Used only by {@link DevelopmentProjects}. */
interface DevelopmentProjectRepository extends JpaRepository<DevelopmentProject, Long> {

    Optional<DevelopmentProject> findByProgrammeIdAndPersonId(long programmeId, long personId);

    @Query("select max(v.number) from DevelopmentProjectVersion v where v.projectId = :project")
    Integer latestNumber(@Param("project") long projectId);

    @Query("select v from DevelopmentProjectVersion v where v.projectId = :project and v.number = :number")
    Optional<DevelopmentProjectVersion> version(@Param("project") long projectId, @Param("number") int number);

    @Query("""
            select v from DevelopmentProjectVersion v where v.projectId = :project
              and v.number = (select max(o.number) from DevelopmentProjectVersion o where o.projectId = :project)
            """)
    Optional<DevelopmentProjectVersion> latest(@Param("project") long projectId);

    @Query("""
            select new no.samla.coaching.ProjectVersionRow(v.number, v.createdAt) from DevelopmentProjectVersion v
            where v.projectId = :project order by v.number desc
            """)
    List<ProjectVersionRow> versions(@Param("project") long projectId);

    @Query(value = "select 1 from development_project where id = :id for update", nativeQuery = true)
    int lockById(@Param("id") long projectId);
}
