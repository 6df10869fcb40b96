package no.samla.gathering;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a gathering is held; all parts may be empty for a digital gathering. */
@Embeddable
public record Venue(
        @Column(name = "venue_name") String name,
        @Column(name = "venue_address") String address,
        @Column(name = "venue_room") String room,
        @Column(name = "venue_capacity") Integer capacity) {

    public static Venue none() {
        return new Venue(null, null, null, null);
    }

    public boolean isEmpty() {
        return name == null && address == null && room == null && capacity == null;
    }
}
