-- Programmes, their themes and coordinators, prices, and who takes part.
create table programme (
    id                         bigint generated always as identity primary key,
    name                       varchar(200)  not null,
    description                text,
    -- templates shipped with Samla belong to no provider; every programme does
    provider_organisation_id   bigint references provider_organisation (id),
    start_date                 date          not null,
    end_date                   date          not null,
    status                     varchar(20)   not null check (status in ('DRAFT', 'PLANNED', 'RUNNING', 'COMPLETED', 'ARCHIVED')),
    template                   boolean       not null default false,
    -- planned structure between gatherings (the network group and coaching modules refine it)
    network_groups             integer       not null default 0 check (network_groups between 0 and 1000),
    meetings_per_network_group integer       not null default 0 check (meetings_per_network_group between 0 and 100),
    coaching_sessions_per_participant integer not null default 0 check (coaching_sessions_per_participant between 0 and 100),
    -- rates for the quote, in NOK excluding VAT
    adviser_day_rate           numeric(12, 2) not null check (adviser_day_rate >= 0),
    advisers_per_gathering     integer       not null check (advisers_per_gathering between 0 and 20),
    network_day_rate           numeric(12, 2) not null check (network_day_rate >= 0),
    network_meetings_per_day   integer       not null check (network_meetings_per_day between 1 and 10),
    coaching_hourly_rate       numeric(12, 2) not null check (coaching_hourly_rate >= 0),
    coaching_hours_per_session numeric(5, 2) not null check (coaching_hours_per_session > 0),
    evaluation_amount          numeric(12, 2) not null check (evaluation_amount >= 0),
    travel_estimate            numeric(12, 2) check (travel_estimate >= 0),
    version                    bigint        not null default 0,
    created_at                 timestamptz   not null default now(),
    constraint programme_period check (end_date >= start_date),
    constraint programme_provider check (template or provider_organisation_id is not null)
);
create index programme_provider_idx on programme (provider_organisation_id);
create index programme_name_idx on programme (lower(name));

create table programme_theme (
    programme_id bigint       not null references programme (id) on delete cascade,
    position     integer      not null,
    title        varchar(200) not null,
    primary key (programme_id, position)
);

create table programme_coordinator (
    programme_id bigint not null references programme (id) on delete cascade,
    person_id    bigint not null references person (id),
    primary key (programme_id, person_id)
);
create index programme_coordinator_person_idx on programme_coordinator (person_id);

create table programme_municipality (
    id              bigint generated always as identity primary key,
    programme_id    bigint      not null references programme (id) on delete cascade,
    municipality_id bigint      not null references municipality (id),
    enrolled_at     timestamptz not null default now(),
    unique (programme_id, municipality_id)
);
create index programme_municipality_municipality_idx on programme_municipality (municipality_id);

create table leader_group (
    id                       bigint generated always as identity primary key,
    programme_municipality_id bigint       not null references programme_municipality (id) on delete cascade,
    name                     varchar(200) not null,
    unique (programme_municipality_id, name)
);

-- A person's part in a programme; leaving sets left_on and keeps the row as history.
create table participation (
    id              bigint generated always as identity primary key,
    programme_id    bigint      not null references programme (id) on delete cascade,
    person_id       bigint      not null references person (id),
    leader_group_id bigint references leader_group (id),
    joined_on       date        not null,
    left_on         date,
    version         bigint      not null default 0,
    constraint participation_period check (left_on is null or left_on >= joined_on)
);
create unique index participation_current_uq on participation (programme_id, person_id) where left_on is null;
create index participation_person_idx on participation (person_id);
create index participation_leader_group_idx on participation (leader_group_id);

create table participation_role (
    participation_id bigint      not null references participation (id) on delete cascade,
    role             varchar(20) not null check (role in ('PARTICIPANT', 'FACILITATOR', 'COACH', 'PANEL_MEMBER', 'OBSERVER')),
    primary key (participation_id, role)
);
