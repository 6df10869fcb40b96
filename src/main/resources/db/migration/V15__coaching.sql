-- Individual coaching (veiledning) and each leader's development project ("meg som leder").

-- Who coaches a participant in a programme, and their own quota when it differs from the programme's plan.
create table coaching_assignment (
    id                    bigint generated always as identity primary key,
    programme_id          bigint  not null references programme (id) on delete cascade,
    participant_person_id bigint  not null references person (id),
    coach_person_id       bigint references person (id),
    quota                 integer check (quota between 0 and 100),
    version               bigint  not null default 0,
    unique (programme_id, participant_person_id)
);
create index coaching_assignment_coach_idx on coaching_assignment (coach_person_id);
create index coaching_assignment_participant_idx on coaching_assignment (participant_person_id);

-- A time a coach offers in one programme.
create table coaching_slot (
    id              bigint generated always as identity primary key,
    programme_id    bigint       not null references programme (id) on delete cascade,
    coach_person_id bigint       not null references person (id),
    starts_at       timestamptz  not null,
    minutes         integer      not null check (minutes between 15 and 240),
    mode            varchar(20)  not null check (mode in ('PHONE', 'VIDEO', 'IN_PERSON')),
    place           varchar(300),
    created_at      timestamptz  not null default now()
);
create index coaching_slot_coach_idx on coaching_slot (coach_person_id, starts_at);
create index coaching_slot_programme_idx on coaching_slot (programme_id, starts_at);

-- A leader's booking of a slot. Cancelling keeps the row; at most one booking of a slot is active,
-- which the database guarantees even when two leaders book the same slot at the same moment.
create table coaching_session (
    id                bigint generated always as identity primary key,
    slot_id           bigint       not null references coaching_slot (id) on delete cascade,
    programme_id      bigint       not null references programme (id) on delete cascade,
    leader_person_id  bigint       not null references person (id),
    coach_person_id   bigint       not null references person (id),
    status            varchar(20)  not null check (status in ('BOOKED', 'CANCELLED')),
    booked_at         timestamptz  not null default now(),
    cancelled_at      timestamptz,
    shared_notes      varchar(8000),
    version           bigint       not null default 0
);
create unique index coaching_session_active_slot_uq on coaching_session (slot_id) where status <> 'CANCELLED';
create index coaching_session_leader_idx on coaching_session (leader_person_id, programme_id);
create index coaching_session_coach_idx on coaching_session (coach_person_id);
create index coaching_session_programme_idx on coaching_session (programme_id);

-- The coach's own notes on a session, apart from everything else so that no other query reads them.
create table coaching_private_note (
    session_id      bigint        primary key references coaching_session (id) on delete cascade,
    coach_person_id bigint        not null references person (id),
    text            varchar(8000) not null,
    updated_at      timestamptz   not null default now()
);
create index coaching_private_note_coach_idx on coaching_private_note (coach_person_id);

-- One development project per leader and programme; private unless the leader shares it.
create table development_project (
    id                       bigint generated always as identity primary key,
    programme_id             bigint      not null references programme (id) on delete cascade,
    person_id                bigint      not null references person (id),
    share_with_coach         boolean     not null default false,
    share_with_network_group boolean     not null default false,
    share_with_coordinators  boolean     not null default false,
    created_at               timestamptz not null default now(),
    version                  bigint      not null default 0,
    unique (programme_id, person_id)
);
create index development_project_person_idx on development_project (person_id);

-- Every save of a project's text is kept as a numbered version.
create table development_project_version (
    id          bigint generated always as identity primary key,
    project_id  bigint        not null references development_project (id) on delete cascade,
    number      integer       not null check (number > 0),
    goal        varchar(2000) not null,
    why         varchar(4000) not null,
    behaviour   varchar(30)   not null check (behaviour in ('TASK_STRUCTURE', 'CHANGE_DEVELOPMENT', 'RELATION')),
    practice    varchar(4000) not null,
    evidence    varchar(4000) not null,
    created_at  timestamptz   not null default now(),
    unique (project_id, number)
);
