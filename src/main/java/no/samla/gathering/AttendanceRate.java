package no.samla.gathering;

/** How many were present out of how many could have been; the percentage is rounded, and absent when nobody could. */
public record AttendanceRate(long present, long possible) {

    public Integer percent() {
        return possible == 0 ? null : (int) Math.round(100.0 * present / possible);
    }
}
