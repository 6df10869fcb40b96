package no.samla.coaching;

import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by {@link DevelopmentProjects}; versions are added, never changed. */
interface DevelopmentProjectVersionRepository extends JpaRepository<DevelopmentProjectVersion, Long> {}
