-- Counties and municipalities of Norway (structure in force from 1 January 2024) and the
-- provider organisations that run programmes.
create table county (
    id     bigint generated always as identity primary key,
    number varchar(2)   not null unique check (number ~ '^[0-9]{2}$'),
    name   varchar(200) not null
);

create table municipality (
    id        bigint generated always as identity primary key,
    number    varchar(4)   not null unique check (number ~ '^[0-9]{4}$'),
    name      varchar(200) not null,
    county_id bigint       not null references county (id)
);
create index municipality_county_idx on municipality (county_id);
create index municipality_name_idx on municipality (lower(name));

create table provider_organisation (
    id          bigint generated always as identity primary key,
    name        varchar(200) not null,
    kind        varchar(40)  not null check (kind in ('CONSULTANCY', 'REGIONAL_NETWORK', 'ASSOCIATION', 'MUNICIPAL_UNIT', 'OTHER')),
    org_number  varchar(9) unique check (org_number ~ '^[0-9]{9}$'),
    email       varchar(254),
    website     varchar(300),
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now()
);
create unique index provider_organisation_name_uq on provider_organisation (lower(name));
