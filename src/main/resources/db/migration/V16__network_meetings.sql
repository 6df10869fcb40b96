-- Periods a municipality marks as busy for its leaders in its annual cycle (årshjul: budget weeks, holidays);
-- the meeting plan avoids them for every group with a member from that municipality.
create table municipality_busy_period (
    id              bigint generated always as identity primary key,
    municipality_id bigint       not null references municipality (id) on delete cascade,
    from_date       date         not null,
    to_date         date         not null,
    label           varchar(200) not null,
    created_at      timestamptz  not null default now(),
    constraint municipality_busy_period_range check (to_date >= from_date)
);
create index municipality_busy_period_municipality_idx on municipality_busy_period (municipality_id, from_date);

-- A network group's meeting between gatherings. Times are local wall-clock times (Europe/Oslo). A meeting
-- without a facilitator runs itself. Cancelling keeps the row so that calendars hear of it.
create table network_meeting (
    id                    bigint generated always as identity primary key,
    network_group_id      bigint        not null references network_group (id) on delete cascade,
    programme_id          bigint        not null references programme (id) on delete cascade,
    number                integer       not null check (number between 1 and 1000),
    meeting_date          date          not null,
    start_time            time          not null,
    end_time              time          not null,
    mode                  varchar(20)   not null check (mode in ('DIGITAL', 'PHYSICAL')),
    location              varchar(500),
    facilitator_person_id bigint references person (id),
    focus                 varchar(2000),
    status                varchar(20)   not null check (status in ('PLANNED', 'CANCELLED')),
    calendar_sequence     integer       not null default 0,
    calendar_changed_at   timestamptz   not null default now(),
    version               bigint        not null default 0,
    constraint network_meeting_times check (end_time > start_time)
);
create index network_meeting_group_idx on network_meeting (network_group_id, meeting_date);
create index network_meeting_programme_idx on network_meeting (programme_id, meeting_date);
create index network_meeting_facilitator_idx on network_meeting (facilitator_person_id);

-- Who was there, as the facilitator records it.
create table network_meeting_attendance (
    meeting_id bigint  not null references network_meeting (id) on delete cascade,
    person_id  bigint  not null references person (id),
    present    boolean not null,
    primary key (meeting_id, person_id)
);
create index network_meeting_attendance_person_idx on network_meeting_attendance (person_id);

-- Notes the group shares: read only by the group's current members and its facilitators.
create table network_meeting_note (
    id               bigint generated always as identity primary key,
    meeting_id       bigint        not null references network_meeting (id) on delete cascade,
    author_person_id bigint        not null references person (id),
    text             varchar(4000) not null,
    created_at       timestamptz   not null default now()
);
create index network_meeting_note_meeting_idx on network_meeting_note (meeting_id);
create index network_meeting_note_author_idx on network_meeting_note (author_person_id);
