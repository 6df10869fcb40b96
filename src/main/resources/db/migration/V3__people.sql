-- People (leaders, coordinators, municipality staff) and their login accounts.
create table person (
    id                       bigint generated always as identity primary key,
    full_name                varchar(200) not null,
    email                    varchar(254) not null,
    phone                    varchar(40),
    title                    varchar(200),
    municipality_id          bigint references municipality (id),
    provider_organisation_id bigint references provider_organisation (id),
    unit                     varchar(200),
    sector                   varchar(40) check (sector in ('HEALTH_AND_CARE', 'EDUCATION', 'TECHNICAL', 'CULTURE',
                                                           'STAFF_AND_SUPPORT', 'NAV', 'OTHER')),
    version                  bigint       not null default 0,
    created_at               timestamptz  not null default now(),
    -- a person belongs to a municipality or to a provider organisation, not both
    constraint person_one_organisation check (municipality_id is null or provider_organisation_id is null)
);
create unique index person_email_uq on person (lower(email));
create index person_municipality_idx on person (municipality_id);
create index person_provider_idx on person (provider_organisation_id);
create index person_name_idx on person (lower(full_name));

create table account (
    id                   bigint generated always as identity primary key,
    person_id            bigint       not null unique references person (id),
    email                varchar(254) not null,
    password_hash        varchar(500) not null,
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    failed_logins        integer      not null default 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    password_changed_at  timestamptz,
    version              bigint       not null default 0,
    created_at           timestamptz  not null default now()
);
create unique index account_email_uq on account (lower(email));

create table account_role (
    account_id      bigint      not null references account (id) on delete cascade,
    role            varchar(40) not null check (role in ('ADMIN', 'COORDINATOR', 'MUNICIPALITY_ADMIN', 'LEADER')),
    -- a municipality admin administers exactly one municipality; other roles are not bound to one
    municipality_id bigint references municipality (id),
    constraint account_role_municipality check ((role = 'MUNICIPALITY_ADMIN') = (municipality_id is not null)),
    primary key (account_id, role)
);
