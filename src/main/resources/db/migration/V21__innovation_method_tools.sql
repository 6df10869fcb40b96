-- Method tools of an innovation case (brukerreise, 5 x hvorfor, idégenerering), each kept with the case and deleted
-- with it.

-- A user journey: who the user is, and the steps they go through in order. Every change to the journey or its steps
-- raises its version, so a form opened before a team member's save is refused instead of overwriting it.
create table innovation_journey (
    id         bigint generated always as identity primary key,
    case_id    bigint       not null references innovation_case (id) on delete cascade,
    title      varchar(200) not null,
    persona    varchar(1000) not null,
    created_by bigint       not null references person (id),
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    version    bigint       not null default 0
);
create index innovation_journey_case_idx on innovation_journey (case_id);

-- A step: what the user does, how they feel on a scale from 1 (very bad) to 5 (very good), and the pain points.
-- Positions run 0, 1, 2 ... without gaps; checked at commit so two steps can swap places.
create table innovation_journey_step (
    id          bigint generated always as identity primary key,
    journey_id  bigint        not null references innovation_journey (id) on delete cascade,
    position    integer       not null,
    action      varchar(2000) not null,
    feeling     integer       not null check (feeling between 1 and 5),
    pain_points varchar(2000),
    constraint innovation_journey_step_position unique (journey_id, position) deferrable initially deferred
);

-- Five whys: a problem, the answers to "why?" in order (one to seven, no gaps), and the root cause found.
create table innovation_why_analysis (
    id         bigint generated always as identity primary key,
    case_id    bigint        not null references innovation_case (id) on delete cascade,
    problem    varchar(2000) not null,
    root_cause varchar(2000),
    created_by bigint        not null references person (id),
    created_at timestamptz   not null,
    updated_at timestamptz   not null,
    version    bigint        not null default 0
);
create index innovation_why_analysis_case_idx on innovation_why_analysis (case_id);

create table innovation_why_answer (
    analysis_id bigint        not null references innovation_why_analysis (id) on delete cascade,
    position    integer       not null check (position between 0 and 6),
    answer      varchar(1000) not null,
    primary key (analysis_id, position)
);

-- Ideas with a short description; the team shortlists the ones to take further.
create table innovation_idea (
    id          bigint generated always as identity primary key,
    case_id     bigint       not null references innovation_case (id) on delete cascade,
    title       varchar(200) not null,
    description varchar(500),
    shortlisted boolean      not null default false,
    created_by  bigint       not null references person (id),
    created_at  timestamptz  not null,
    version     bigint       not null default 0
);
create index innovation_idea_case_idx on innovation_idea (case_id);

-- Dot votes: one row per dot, so a team member may stack several on one idea. The budget per case is kept by the
-- application under a lock on the case.
create table innovation_idea_dot (
    id        bigint generated always as identity primary key,
    idea_id   bigint      not null references innovation_idea (id) on delete cascade,
    person_id bigint      not null references person (id) on delete cascade,
    voted_at  timestamptz not null
);
create index innovation_idea_dot_idea_idx on innovation_idea_dot (idea_id, person_id);
