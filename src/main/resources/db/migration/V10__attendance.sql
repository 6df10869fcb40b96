-- Who came to a gathering: one row per person per gathering, written with an upsert so that two
-- facilitators ticking on the same sheet at the same time lose nothing (last write wins per person).
create table attendance (
    gathering_id         bigint       not null references gathering (id) on delete cascade,
    person_id            bigint       not null references person (id),
    status               varchar(20)  not null check (status in ('PRESENT', 'ABSENT', 'EXCUSED')),
    late                 boolean      not null default false,
    comment              varchar(500),
    updated_at           timestamptz  not null default now(),
    updated_by_person_id bigint       references person (id),
    primary key (gathering_id, person_id)
);
create index attendance_person_idx on attendance (person_id);
create index attendance_updated_by_idx on attendance (updated_by_person_id);
