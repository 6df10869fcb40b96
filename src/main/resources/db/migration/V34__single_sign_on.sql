-- Single sign-on: an OpenID Connect provider an organisation (a municipality or a provider organisation) lets its
-- people sign in with. People are matched to their existing account by verified e-mail only; no account is made here.
create table sign_in_provider (
    id bigint generated always as identity primary key,
    municipality_id bigint references municipality (id),
    provider_organisation_id bigint references provider_organisation (id),
    display_name varchar(200) not null,
    kind varchar(20) not null,
    issuer_uri varchar(500) not null,
    client_id varchar(200) not null,
    client_secret varchar(500) not null,
    scopes varchar(300) not null,
    -- Domains the organisation owns: an address there counts as verified even when the provider does not say so
    -- (Microsoft Entra ID sends no email_verified claim).
    email_domains varchar(1000) not null default '',
    enabled boolean not null default true,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    constraint sign_in_provider_one_organisation
        check ((municipality_id is null) <> (provider_organisation_id is null))
);

-- One provider per organisation, so the login page has one button per organisation.
create unique index sign_in_provider_municipality on sign_in_provider (municipality_id)
    where municipality_id is not null;
create unique index sign_in_provider_provider_organisation on sign_in_provider (provider_organisation_id)
    where provider_organisation_id is not null;
