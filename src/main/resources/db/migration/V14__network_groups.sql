-- A leader's own manager: network groups never put the two together.
alter table person add column manager_person_id bigint references person (id);
alter table person add constraint person_manager_not_self check (manager_person_id is null or manager_person_id <> id);
create index person_manager_idx on person (manager_person_id);

-- A programme's network groups. Recomposing dissolves the current groups and starts new ones, so a
-- group's row stays (meetings will reference it) and its memberships keep who met whom.
create table network_group (
    id           bigint generated always as identity primary key,
    programme_id bigint       not null references programme (id) on delete cascade,
    number       integer      not null check (number between 1 and 1000),
    name         varchar(200) not null,
    status       varchar(20)  not null check (status in ('ACTIVE', 'DISSOLVED')),
    formed_on    date         not null,
    dissolved_on date,
    version      bigint       not null default 0,
    created_at   timestamptz  not null default now(),
    constraint network_group_period check (dissolved_on is null or dissolved_on >= formed_on),
    constraint network_group_dissolved check ((status = 'DISSOLVED') = (dissolved_on is not null))
);
create unique index network_group_active_number_uq on network_group (programme_id, number) where status = 'ACTIVE';
create index network_group_programme_idx on network_group (programme_id);

-- Who was in a group and when; recomposing ends a membership (left_on) instead of deleting it.
create table network_group_member (
    id               bigint generated always as identity primary key,
    network_group_id bigint not null references network_group (id) on delete cascade,
    person_id        bigint not null references person (id),
    joined_on        date   not null,
    left_on          date,
    constraint network_group_member_period check (left_on is null or left_on >= joined_on)
);
create unique index network_group_member_current_uq on network_group_member (network_group_id, person_id)
    where left_on is null;
create index network_group_member_person_idx on network_group_member (person_id);

-- The coordinator's draft: one per programme, kept server-side while people are moved and locked.
create table network_group_proposal (
    programme_id         bigint      primary key references programme (id) on delete cascade,
    seed                 bigint      not null,
    min_size             integer check (min_size between 3 and 8),
    max_size             integer check (max_size between 3 and 8),
    group_count          integer check (group_count between 1 and 1000),
    groups               integer     not null check (groups between 1 and 1000),
    updated_by_person_id bigint references person (id),
    updated_at           timestamptz not null default now(),
    version              bigint      not null default 0,
    -- either a size range or a number of groups
    constraint network_group_proposal_setting check (
        (group_count is null and min_size is not null and max_size is not null and min_size <= max_size)
        or (group_count is not null and min_size is null and max_size is null))
);
create index network_group_proposal_updated_by_idx on network_group_proposal (updated_by_person_id);

create table network_group_placement (
    programme_id bigint  not null references network_group_proposal (programme_id) on delete cascade,
    person_id    bigint  not null references person (id),
    group_number integer not null check (group_number between 1 and 1000),
    locked       boolean not null default false,
    primary key (programme_id, person_id)
);
create index network_group_placement_person_idx on network_group_placement (person_id);
