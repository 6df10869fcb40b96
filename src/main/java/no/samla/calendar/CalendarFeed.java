package no.samla.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's calendar feed: the hash of its secret token, and when a calendar last fetched it. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_fetched_at")
    private Instant lastFetchedAt;

    protected CalendarFeed() {}

    CalendarFeed(long personId, String tokenHash, Instant createdAt) {
        this.personId = personId;
        renew(tokenHash, createdAt);
    }

    void renew(String tokenHash, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.lastFetchedAt = null;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastFetchedAt() {
        return lastFetchedAt;
    }
}
