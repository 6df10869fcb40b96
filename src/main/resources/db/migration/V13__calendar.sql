-- Calendars. A gathering's calendar_sequence counts the changes of its time or place (the iCalendar
-- SEQUENCE, so that subscribed calendars take the new version), and calendar_changed_at is when it last
-- changed at all (LAST-MODIFIED).
alter table gathering
    add column calendar_sequence   integer     not null default 0,
    add column calendar_changed_at timestamptz not null default now();

-- A person's secret calendar feed address. Only the SHA-256 of its token is kept, so the database does
-- not hold usable addresses; the person sees the address once and makes a new one if it is lost.
create table calendar_feed (
    person_id       bigint      primary key references person (id) on delete cascade,
    token_hash      varchar(64) not null unique,
    created_at      timestamptz not null,
    last_fetched_at timestamptz
);

-- A deleted gathering, kept for a while after its date so that the feeds of those who took part carry it
-- as cancelled and subscribed calendars remove it. Times are local (Europe/Oslo) like the gathering's.
create table gathering_cancellation (
    gathering_id      bigint       primary key,
    programme_id      bigint       not null references programme (id) on delete cascade,
    number            integer      not null,
    title             varchar(200) not null,
    starts_at         timestamp    not null,
    ends_at           timestamp    not null,
    calendar_sequence integer      not null,
    facilitator_ids   bigint[]     not null default '{}',
    cancelled_at      timestamptz  not null
);
create index gathering_cancellation_programme_idx on gathering_cancellation (programme_id);
create index gathering_cancellation_ends_idx on gathering_cancellation (ends_at);
