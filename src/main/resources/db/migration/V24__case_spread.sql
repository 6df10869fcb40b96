-- Spread of innovation cases (spredning): whether a municipality lets participants of other programmes and
-- municipalities find its cases in the library, the municipalities that follow a case, and those that have taken it
-- into use. A log entry may be about one of the leader's cases.

-- One row per municipality that has decided; no row means its cases are not shared (the default).
create table municipality_case_sharing (
    municipality_id bigint      primary key references municipality (id) on delete cascade,
    shares          boolean     not null,
    changed_by      bigint      not null references person (id),
    changed_at      timestamptz not null
);

-- A municipality follows a case: one follow per municipality, recorded by one of its leaders or its admin.
create table innovation_case_follow (
    case_id         bigint      not null references innovation_case (id) on delete cascade,
    municipality_id bigint      not null references municipality (id) on delete cascade,
    followed_by     bigint      not null references person (id),
    followed_at     timestamptz not null,
    primary key (case_id, municipality_id)
);
create index innovation_case_follow_municipality_idx on innovation_case_follow (municipality_id);

-- A municipality has taken the case into use, from a day that is not in the future, with a short note.
create table innovation_case_adoption (
    case_id         bigint       not null references innovation_case (id) on delete cascade,
    municipality_id bigint       not null references municipality (id) on delete cascade,
    adopted_on      date         not null,
    note            varchar(500) not null default '',
    recorded_by     bigint       not null references person (id),
    recorded_at     timestamptz  not null,
    primary key (case_id, municipality_id)
);
create index innovation_case_adoption_municipality_idx on innovation_case_adoption (municipality_id);

-- Log entry versions keep only the text, so the link sits on the entry alone.
alter table log_entry add column innovation_case_id bigint references innovation_case (id) on delete set null;
create index log_entry_innovation_case_idx on log_entry (innovation_case_id);
