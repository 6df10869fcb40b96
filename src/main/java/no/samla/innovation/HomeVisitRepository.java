package no.samla.innovation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Home visits by id; lists and choices are read with plain SQL in {@link HomeVisits}. */
public interface HomeVisitRepository extends JpaRepository<HomeVisit, Long> {

    Optional<HomeVisit> findByIdAndProgrammeIdAndStatus(long id, long programmeId, HomeVisitStatus status);

    Optional<HomeVisit> findByIdAndStatus(long id, HomeVisitStatus status);

    boolean existsByProgrammeIdAndMunicipalityIdAndStatus(
            long programmeId, long municipalityId, HomeVisitStatus status);
}
