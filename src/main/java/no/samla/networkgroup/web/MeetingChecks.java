package no.samla.networkgroup.web;

import java.time.Duration;
import java.time.LocalTime;
import no.samla.networkgroup.MeetingMode;
import org.springframework.validation.BindingResult;

/** Checks both meeting forms share: the end after the start, at most a working day, a link for digital meetings. */
final class MeetingChecks {

    private MeetingChecks() {}

    static void check(BindingResult result, LocalTime start, LocalTime end, MeetingMode mode, String location) {
        if (start != null && end != null && !result.hasFieldErrors("endTime")) {
            if (!end.isAfter(start)) {
                result.rejectValue("endTime", "networkgroup.meeting.endBeforeStart");
            } else if (Duration.between(start, end).toMinutes() > 8 * 60) {
                result.rejectValue("endTime", "networkgroup.meeting.tooLong");
            }
        }
        if (mode == MeetingMode.DIGITAL
                && location != null
                && !location.isBlank()
                && !location.strip().matches("^https://\\S+$")
                && !result.hasFieldErrors("location")) {
            result.rejectValue("location", "networkgroup.meeting.link");
        }
    }
}
