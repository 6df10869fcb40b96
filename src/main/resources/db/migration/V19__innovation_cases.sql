-- Innovation cases (innovasjonscase) and the service-innovation roadmap they follow. The phases and their steps are
-- data, so a provider can adapt them with a later migration or by hand; the texts here are our own summary of KS's
-- "Veikart for tjenesteinnovasjon". Method tools, pitches, benefits and spread refer to innovation_case (id).

create table innovation_phase (
    id         bigint generated always as identity primary key,
    code       varchar(40)  not null unique,
    sort_order integer      not null unique,
    name_nb    varchar(200) not null,
    name_nn    varchar(200) not null,
    name_en    varchar(200) not null
);

create table innovation_step (
    id         bigint generated always as identity primary key,
    phase_id   bigint       not null references innovation_phase (id) on delete cascade,
    sort_order integer      not null,
    name_nb    varchar(300) not null,
    name_nn    varchar(300) not null,
    name_en    varchar(300) not null,
    unique (phase_id, sort_order)
);

-- A case is owned by exactly one of: a leader group, a municipality, one leader. municipality_id is the municipality
-- the case belongs to (the owner's), which decides what a municipality admin sees.
create table innovation_case (
    id                    bigint generated always as identity primary key,
    programme_id          bigint       not null references programme (id) on delete cascade,
    title                 varchar(200) not null,
    owner_leader_group_id bigint references leader_group (id),
    owner_municipality_id bigint references municipality (id),
    owner_person_id       bigint references person (id),
    municipality_id       bigint references municipality (id),
    need                  text         not null,
    target_group          text         not null,
    goals                 text         not null,
    status                varchar(20)  not null check (status in ('ACTIVE', 'PAUSED', 'STOPPED', 'IN_OPERATION')),
    status_reason         text,
    health                varchar(10)  not null check (health in ('GREEN', 'AMBER', 'RED')),
    health_reason         text,
    phase_id              bigint       not null references innovation_phase (id),
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null default 0,
    check (num_nonnulls(owner_leader_group_id, owner_municipality_id, owner_person_id) = 1),
    check (status <> 'STOPPED' or status_reason is not null),
    check (health = 'GREEN' or health_reason is not null)
);
create index innovation_case_programme_idx on innovation_case (programme_id, municipality_id);

-- The team: participants of the programme who may edit the case.
create table innovation_case_member (
    case_id   bigint not null references innovation_case (id) on delete cascade,
    person_id bigint not null references person (id),
    primary key (case_id, person_id)
);
create index innovation_case_member_person_idx on innovation_case_member (person_id);

-- A step of the roadmap as one case's team has worked it: done or not, a note and evidence (text or a link).
create table innovation_case_step (
    id         bigint generated always as identity primary key,
    case_id    bigint        not null references innovation_case (id) on delete cascade,
    step_id    bigint        not null references innovation_step (id) on delete cascade,
    done       boolean       not null,
    note       text,
    evidence   varchar(2000),
    updated_by bigint        not null references person (id),
    updated_at timestamptz   not null,
    unique (case_id, step_id)
);

-- The timeline: each move of a case from one phase to another, when and by whom it was decided. A move past one or
-- more phases is a skip; the phases skipped are those between from and to.
create table innovation_phase_change (
    id            bigint generated always as identity primary key,
    case_id       bigint       not null references innovation_case (id) on delete cascade,
    from_phase_id bigint references innovation_phase (id),
    to_phase_id   bigint       not null references innovation_phase (id),
    decided_on    date         not null,
    decided_by    varchar(200) not null,
    comment       text,
    recorded_by   bigint       not null references person (id),
    recorded_at   timestamptz  not null
);
create index innovation_phase_change_case_idx on innovation_phase_change (case_id, decided_on);

-- Related cases, stored once per pair with the smaller id first.
create table innovation_case_link (
    case_id        bigint not null references innovation_case (id) on delete cascade,
    linked_case_id bigint not null references innovation_case (id) on delete cascade,
    primary key (case_id, linked_case_id),
    check (case_id < linked_case_id)
);
create index innovation_case_link_linked_idx on innovation_case_link (linked_case_id);

insert into innovation_phase (code, sort_order, name_nb, name_nn, name_en) values
    ('ANCHORING', 1, 'Forankring', 'Forankring', 'Anchoring'),
    ('INSIGHT', 2, 'Innsikt', 'Innsikt', 'Insight'),
    ('SERVICE_DEVELOPMENT', 3, 'Tjenesteutvikling', 'Tenesteutvikling', 'Service development'),
    ('PILOT', 4, 'Pilotering', 'Pilotering', 'Pilot'),
    ('INTO_OPERATION', 5, 'Overgang til drift', 'Overgang til drift', 'Into operation'),
    ('NEW_PRACTICE', 6, 'Ny praksis', 'Ny praksis', 'New practice');

insert into innovation_step (phase_id, sort_order, name_nb, name_nn, name_en)
select p.id, s.sort_order, s.name_nb, s.name_nn, s.name_en
from (values
    ('ANCHORING', 1, 'Beskriv behovet eller problemet og hva dere vil oppnå',
        'Skildre behovet eller problemet og kva de vil oppnå',
        'Describe the need or problem and what you want to achieve'),
    ('ANCHORING', 2, 'Gjør et første anslag over mulige gevinster',
        'Gjer eit første overslag over moglege gevinstar',
        'Make a first estimate of possible benefits'),
    ('ANCHORING', 3, 'Sett sammen et tverrfaglig team med tid avsatt',
        'Set saman eit tverrfagleg team med tid sett av',
        'Build a cross-disciplinary team with time set aside'),
    ('ANCHORING', 4, 'Kartlegg interessenter og få ledelsen med på laget',
        'Kartlegg interessentar og få leiinga med på laget',
        'Map stakeholders and get management on board'),
    ('ANCHORING', 5, 'Finn ut hva som finnes av lignende prosjekter',
        'Finn ut kva som finst av liknande prosjekt',
        'Find out about similar projects'),
    ('INSIGHT', 1, 'Kartlegg dagens tjenestereise slik brukeren opplever den',
        'Kartlegg dagens tenestereise slik brukaren opplever ho',
        'Map today''s service journey as the user experiences it'),
    ('INSIGHT', 2, 'Intervju og observer brukere, ansatte og pårørende',
        'Intervju og observer brukarar, tilsette og pårørande',
        'Interview and observe users, staff and next of kin'),
    ('INSIGHT', 3, 'Lær av andre kommuner og fagmiljøer',
        'Lær av andre kommunar og fagmiljø',
        'Learn from other municipalities and experts'),
    ('INSIGHT', 4, 'Oppsummer innsikten og skjerp problemstillingen',
        'Oppsummer innsikta og skjerp problemstillinga',
        'Sum up the insight and sharpen the problem statement'),
    ('SERVICE_DEVELOPMENT', 1, 'Lag mange ideer sammen med brukerne',
        'Lag mange idear saman med brukarane',
        'Generate many ideas together with users'),
    ('SERVICE_DEVELOPMENT', 2, 'Velg ideer og beskriv den nye tjenestereisen',
        'Vel idear og skildre den nye tenestereisa',
        'Choose ideas and describe the new service journey'),
    ('SERVICE_DEVELOPMENT', 3, 'Lag enkle prototyper og test dem på brukere',
        'Lag enkle prototypar og test dei på brukarar',
        'Make simple prototypes and test them with users'),
    ('SERVICE_DEVELOPMENT', 4, 'Avklar juridiske, økonomiske og tekniske forhold',
        'Avklar juridiske, økonomiske og tekniske forhold',
        'Clarify legal, financial and technical matters'),
    ('PILOT', 1, 'Planlegg piloten: omfang, varighet og hva som skal måles',
        'Planlegg piloten: omfang, lengd og kva som skal målast',
        'Plan the pilot: scope, duration and what to measure'),
    ('PILOT', 2, 'Gjennomfør piloten og juster underveis',
        'Gjennomfør piloten og juster undervegs',
        'Run the pilot and adjust along the way'),
    ('PILOT', 3, 'Evaluer piloten mot målene og gevinstene',
        'Evaluer piloten mot måla og gevinstane',
        'Evaluate the pilot against goals and benefits'),
    ('PILOT', 4, 'Beslutt om tjenesten skal settes i drift',
        'Avgjer om tenesta skal setjast i drift',
        'Decide whether the service goes into operation'),
    ('INTO_OPERATION', 1, 'Lag en plan for innføring og opplæring',
        'Lag ein plan for innføring og opplæring',
        'Make a plan for rollout and training'),
    ('INTO_OPERATION', 2, 'Avklar ansvar, budsjett og eierskap i linjen',
        'Avklar ansvar, budsjett og eigarskap i linja',
        'Settle responsibility, budget and ownership in the line organisation'),
    ('INTO_OPERATION', 3, 'Oppdater rutiner, systemer og informasjon til brukerne',
        'Oppdater rutinar, system og informasjon til brukarane',
        'Update routines, systems and information for users'),
    ('NEW_PRACTICE', 1, 'Følg opp at den nye praksisen brukes',
        'Følg opp at den nye praksisen blir brukt',
        'Follow up that the new practice is used'),
    ('NEW_PRACTICE', 2, 'Mål og realiser gevinstene',
        'Mål og realiser gevinstane',
        'Measure and realise the benefits'),
    ('NEW_PRACTICE', 3, 'Del erfaringene så andre kan ta løsningen i bruk',
        'Del erfaringane så andre kan ta løysinga i bruk',
        'Share the experience so others can adopt the solution')
) as s (phase_code, sort_order, name_nb, name_nn, name_en)
join innovation_phase p on p.code = s.phase_code;
