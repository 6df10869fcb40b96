package no.samla.networkgroup;

import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by {@link NetworkMeetings}. */
interface NetworkMeetingRepository extends JpaRepository<NetworkMeeting, Long> {}
