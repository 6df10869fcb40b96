-- One home visit per municipality in a programme, where the coordinators train and trim the municipality's case.
-- Times are local wall-clock times (Europe/Oslo). Deleting a visit keeps the row as cancelled, with a higher
-- calendar sequence, so that the calendars of those who were to come remove it; a new visit may then be scheduled.
create table home_visit (
    id                   bigint generated always as identity primary key,
    programme_id         bigint        not null references programme (id) on delete cascade,
    municipality_id      bigint        not null references municipality (id),
    visit_date           date          not null,
    start_time           time          not null,
    end_time             time          not null,
    place                varchar(500)  not null,
    agenda               varchar(4000),
    notes                varchar(8000),
    notes_written_at     timestamptz,
    status               varchar(20)   not null check (status in ('SCHEDULED', 'CANCELLED')),
    calendar_sequence    integer       not null default 0,
    calendar_changed_at  timestamptz   not null default now(),
    created_by_person_id bigint        not null references person (id),
    created_at           timestamptz   not null default now(),
    version              bigint        not null default 0,
    constraint home_visit_times check (end_time > start_time)
);
create unique index home_visit_one_per_municipality_uq on home_visit (programme_id, municipality_id)
    where status = 'SCHEDULED';
create index home_visit_municipality_idx on home_visit (municipality_id);
create index home_visit_created_by_idx on home_visit (created_by_person_id);

-- Who comes: the programme's coordinators and facilitators, and participants from the visited municipality.
create table home_visit_participant (
    home_visit_id bigint not null references home_visit (id) on delete cascade,
    person_id     bigint not null references person (id),
    primary key (home_visit_id, person_id)
);
create index home_visit_participant_person_idx on home_visit_participant (person_id);
