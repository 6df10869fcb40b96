-- Benefits realisation (gevinstrealisering): what an innovation case is to gain, measured against a baseline and a
-- target over time. Values are numbers in the benefit's own unit (kroner, minutes, per cent...).
create table innovation_benefit (
    id               bigint generated always as identity primary key,
    case_id          bigint         not null references innovation_case (id) on delete cascade,
    title            varchar(200)   not null,
    benefit_type     varchar(20)    not null check (benefit_type in ('MONEY', 'TIME', 'QUALITY', 'OTHER')),
    indicator        varchar(500)   not null,
    unit             varchar(50)    not null,
    baseline_value   numeric(16, 2) not null,
    baseline_date    date           not null,
    target_value     numeric(16, 2) not null,
    target_date      date           not null,
    owner_person_id  bigint         not null references person (id),
    frequency        varchar(20)    not null check (frequency in ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY')),
    created_at       timestamptz    not null default now(),
    updated_at       timestamptz    not null default now(),
    version          bigint         not null default 0,
    constraint innovation_benefit_dates check (target_date >= baseline_date),
    constraint innovation_benefit_direction check (target_value <> baseline_value)
);
create index innovation_benefit_case_idx on innovation_benefit (case_id);
create index innovation_benefit_owner_idx on innovation_benefit (owner_person_id);

-- One measured value of a benefit on a date, with who recorded it.
create table innovation_benefit_measurement (
    id                    bigint generated always as identity primary key,
    benefit_id            bigint         not null references innovation_benefit (id) on delete cascade,
    measured_on           date           not null,
    measured_value        numeric(16, 2) not null,
    comment               varchar(1000),
    recorded_by_person_id bigint         not null references person (id),
    recorded_at           timestamptz    not null default now(),
    version               bigint         not null default 0
);
create index innovation_benefit_measurement_benefit_idx on innovation_benefit_measurement (benefit_id, measured_on);
create index innovation_benefit_measurement_person_idx on innovation_benefit_measurement (recorded_by_person_id);
