package no.samla.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The migration loads exactly the official register shipped with the project. */
@SamlaTest
class MunicipalityRegisterTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Organisations organisations;

    @Test
    void databaseHoldsAllFifteenCountiesAndThreeHundredFiftySevenMunicipalitiesOfTheRegister() throws IOException {
        List<String> lines = Files.readAllLines(
                Path.of("src/main/resources/db/data/municipalities-2024.csv"), StandardCharsets.UTF_8);
        Map<String, String> expected = lines.stream()
                .skip(1)
                .map(line -> line.split(",", -1))
                .collect(Collectors.toMap(columns -> columns[2], columns -> columns[0] + "|" + columns[3]));
        Map<String, String> actual = jdbc
                .queryForList(
                        "select m.number, c.number as county, m.name from municipality m join county c on c.id = m.county_id")
                .stream()
                .collect(Collectors.toMap(
                        row -> (String) row.get("number"), row -> row.get("county") + "|" + row.get("name")));

        assertThat(actual).hasSize(357).isEqualTo(expected);
        assertThat(jdbc.queryForObject("select count(*) from county", Integer.class))
                .isEqualTo(15);
    }

    @Test
    void searchFindsMunicipalitiesByNameNumberAndCounty() {
        assertThat(organisations
                        .searchMunicipalities("drammen", PageRequest.of(0, 10))
                        .getContent())
                .extracting(Municipality::getNumber)
                .containsExactly("3301");
        assertThat(organisations
                        .searchMunicipalities("1804", PageRequest.of(0, 10))
                        .getContent())
                .extracting(Municipality::getName)
                .containsExactly("Bodø");
        assertThat(organisations
                        .searchMunicipalities("Innlandet", PageRequest.of(0, 100))
                        .getTotalElements())
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from municipality m join county c on c.id = m.county_id where c.name = 'Innlandet'",
                        Long.class));
    }
}
