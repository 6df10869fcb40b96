package no.samla.networkgroup.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import no.samla.networkgroup.SizeSetting;

/**
 * The compose form: groups of a size range ("5-6") or a number of groups, and the seed that makes the result
 * repeatable.
 */
record ComposeForm(
        @NotNull @Pattern(regexp = "size|count") String by,
        @Pattern(regexp = "[3-8]-[3-8]") String size,
        @Min(1) @Max(1000) Integer groups,
        @NotNull @Min(0) @Max(999_999_999) Long seed) {

    static final java.util.List<String> SIZES = java.util.List.of("3-4", "4-5", "5-6", "6-7", "7-8");

    static ComposeForm defaults(long seed) {
        return new ComposeForm("size", "5-6", null, seed);
    }

    static ComposeForm of(SizeSetting setting, long seed) {
        return setting.byCount()
                ? new ComposeForm("count", "5-6", setting.groupCount(), seed)
                : new ComposeForm("size", setting.minSize() + "-" + setting.maxSize(), null, seed);
    }

    boolean byCount() {
        return "count".equals(by);
    }

    /** The setting, once the form is valid and {@code groups} is present when counting. */
    SizeSetting setting() {
        if (byCount()) {
            return SizeSetting.groups(groups);
        }
        String[] range = (size == null || size.isBlank() ? "5-6" : size).split("-");
        return SizeSetting.range(Integer.parseInt(range[0]), Integer.parseInt(range[1]));
    }
}
