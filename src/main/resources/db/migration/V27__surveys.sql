-- Surveys of a programme (self-assessments, factor surveys, expectations rounds), sent in rounds that leaders
-- answer once each. Answers carry a keyed respondent key (HMAC of survey and person under a server secret), never
-- the person: the same key in every round of a survey pairs before and after without naming anyone.
create table survey (
    id           bigint generated always as identity primary key,
    programme_id bigint       not null references programme (id) on delete cascade,
    title        varchar(200) not null,
    introduction text,
    instrument   varchar(20)  not null check (instrument in ('EMPTY', 'SELF_ASSESSMENT', 'TEN_FACTOR', 'EXPECTATIONS')),
    version      bigint       not null default 0,
    created_at   timestamptz  not null default now()
);
create index survey_programme_idx on survey (programme_id);

create table survey_factor (
    id        bigint generated always as identity primary key,
    survey_id bigint       not null references survey (id) on delete cascade,
    position  integer      not null,
    name      varchar(200) not null,
    unique (survey_id, name)
);

create table survey_question (
    id        bigint generated always as identity primary key,
    survey_id bigint       not null references survey (id) on delete cascade,
    position  integer      not null,
    kind      varchar(10)  not null check (kind in ('SCALE', 'TEXT')),
    text      varchar(300) not null,
    factor_id bigint references survey_factor (id),
    required  boolean      not null default true,
    -- a scale question belongs to a factor, a free-text question to none
    constraint survey_question_factor check ((kind = 'SCALE') = (factor_id is not null))
);
create index survey_question_survey_idx on survey_question (survey_id);

create table survey_round (
    id        bigint generated always as identity primary key,
    survey_id bigint      not null references survey (id) on delete cascade,
    kind      varchar(20) not null check (kind in ('BEFORE', 'AFTER', 'FOLLOW_UP', 'OTHER')),
    opens_on  date        not null,
    closes_on date        not null,
    constraint survey_round_period check (closes_on > opens_on)
);
create index survey_round_survey_idx on survey_round (survey_id);

-- One answer set per respondent key and round; the municipality is kept for results per municipality.
create table survey_response (
    id              uuid        primary key,
    round_id        bigint      not null references survey_round (id) on delete cascade,
    respondent_key  varchar(64) not null,
    municipality_id bigint references municipality (id),
    unique (round_id, respondent_key)
);

create table survey_answer (
    response_id uuid     not null references survey_response (id) on delete cascade,
    question_id bigint   not null references survey_question (id),
    score       smallint check (score between 1 and 5),
    text        text,
    primary key (response_id, question_id),
    constraint survey_answer_value check ((score is null) <> (text is null))
);
create index survey_answer_question_idx on survey_answer (question_id);
