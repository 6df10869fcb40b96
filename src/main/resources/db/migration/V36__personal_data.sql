-- Erasing a person keeps their row, so that what others rely on (a programme's attendance, a gathering's material,
-- another leader's conversation) stays whole; the name and contact details are replaced, and this says when.
alter table person add column anonymised_at timestamptz;

-- The installation's retention rules: how many months after its programme ended a kind of personal data is kept.
-- A rule without a row here runs with the months its module proposes.
create table retention_setting (
    rule_key     varchar(60) primary key,
    months       integer     not null check (months between 1 and 600),
    enabled      boolean     not null,
    last_run_at  timestamptz,
    last_cleared bigint,
    updated_at   timestamptz not null default now()
);

-- A log entry whose text a retention rule cleared: the entry itself stays, so the programme's counts stay true.
alter table log_entry add column content_cleared_at timestamptz;
