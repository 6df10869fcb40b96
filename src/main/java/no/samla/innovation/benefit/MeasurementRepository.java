package no.samla.innovation.benefit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeasurementRepository extends JpaRepository<Measurement, Long> {

    List<Measurement> findByBenefitIdOrderByMeasuredOnAscIdAsc(long benefitId);

    Optional<Measurement> findByIdAndBenefitId(long id, long benefitId);

    @Query("select min(m.measuredOn) from Measurement m where m.benefitId = ?1")
    LocalDate firstMeasuredOn(long benefitId);
}
