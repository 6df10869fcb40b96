package no.samla.programme.imports;

import java.io.Serializable;

/** One row of an import file as it was written, with its row number in the file (the heading is row 1). */
public record ImportRow(
        int rowNumber,
        String name,
        String email,
        String title,
        String municipalityNumber,
        String unit,
        String sector,
        String leaderGroup)
        implements Serializable {}
