-- Pitch events: a programme's innovation cases presented one after the other at a gathering and scored by a panel.
-- Criteria, the order of cases, the panel and the scores belong to one pitch and go with it.
create table pitch (
    id               bigint generated always as identity primary key,
    programme_id     bigint       not null references programme (id) on delete cascade,
    gathering_id     bigint       references gathering (id) on delete set null,
    title            varchar(200) not null,
    minutes_per_case integer      not null check (minutes_per_case between 1 and 120),
    published        boolean      not null default false,
    created_at       timestamptz  not null default now(),
    version          bigint       not null default 0
);
create index pitch_programme_idx on pitch (programme_id);
create index pitch_gathering_idx on pitch (gathering_id);

-- What the panel scores each case on, in the coordinator's order; every criterion is scored 1 to 5.
create table pitch_criterion (
    id       bigint generated always as identity primary key,
    pitch_id bigint       not null references pitch (id) on delete cascade,
    name     varchar(100) not null,
    position integer      not null
);
create index pitch_criterion_pitch_idx on pitch_criterion (pitch_id, position);

-- The cases in the order they present; minutes, when set, overrides the pitch's minutes per case.
create table pitch_case (
    pitch_id bigint  not null references pitch (id) on delete cascade,
    case_id  bigint  not null references innovation_case (id) on delete cascade,
    position integer not null,
    minutes  integer check (minutes between 1 and 120),
    primary key (pitch_id, case_id)
);
create index pitch_case_case_idx on pitch_case (case_id);

create table pitch_panel_member (
    pitch_id  bigint not null references pitch (id) on delete cascade,
    person_id bigint not null references person (id),
    primary key (pitch_id, person_id)
);
create index pitch_panel_member_person_idx on pitch_panel_member (person_id);

-- One panel member's scoring of one case: a comment and a value per criterion. Scoring again updates it.
create table pitch_score (
    id         bigint generated always as identity primary key,
    pitch_id   bigint        not null references pitch (id) on delete cascade,
    case_id    bigint        not null references innovation_case (id) on delete cascade,
    person_id  bigint        not null references person (id),
    comment    varchar(2000),
    updated_at timestamptz   not null default now(),
    unique (pitch_id, case_id, person_id)
);
create index pitch_score_case_idx on pitch_score (case_id);
create index pitch_score_person_idx on pitch_score (person_id);

create table pitch_score_value (
    score_id     bigint   not null references pitch_score (id) on delete cascade,
    criterion_id bigint   not null references pitch_criterion (id) on delete cascade,
    value        smallint not null check (value between 1 and 5),
    primary key (score_id, criterion_id)
);
create index pitch_score_value_criterion_idx on pitch_score_value (criterion_id);
