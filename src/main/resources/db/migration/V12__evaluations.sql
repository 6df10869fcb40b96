-- Evaluations of gatherings and of a whole programme. At most one per gathering and one programme-level
-- evaluation (gathering_id null) per programme.
create table evaluation (
    id           bigint generated always as identity primary key,
    programme_id bigint      not null references programme (id) on delete cascade,
    gathering_id bigint      references gathering (id) on delete cascade,
    status       varchar(10) not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    anonymous    boolean     not null default true,
    opened_at    timestamptz,
    closed_at    timestamptz,
    version      bigint      not null default 0
);
create unique index evaluation_gathering_uidx on evaluation (gathering_id) where gathering_id is not null;
create unique index evaluation_programme_level_uidx on evaluation (programme_id) where gathering_id is null;
create index evaluation_programme_idx on evaluation (programme_id);

-- The coordinator's extra questions, after the three every evaluation has.
create table evaluation_question (
    id            bigint generated always as identity primary key,
    evaluation_id bigint       not null references evaluation (id) on delete cascade,
    position      integer      not null,
    kind          varchar(10)  not null check (kind in ('SCALE', 'TEXT')),
    text          varchar(300) not null,
    required      boolean      not null default false,
    unique (evaluation_id, position)
);

-- Who has answered, without what they answered.
create table evaluation_respondent (
    evaluation_id bigint not null references evaluation (id) on delete cascade,
    person_id     bigint not null references person (id),
    primary key (evaluation_id, person_id)
);
create index evaluation_respondent_person_idx on evaluation_respondent (person_id);

-- What was answered. The id is random and there is no time column, so neither says who or when. The
-- respondent_key is an HMAC of (evaluation, person) under a server secret: it lets the respondent find and
-- change their own answer, while the rows alone do not pair a person with an answer. person_id is set only
-- when the evaluation is not anonymous.
create table evaluation_answer (
    id              uuid        primary key,
    evaluation_id   bigint      not null references evaluation (id) on delete cascade,
    respondent_key  varchar(64) not null,
    person_id       bigint      references person (id),
    score           smallint    not null check (score between 1 and 5),
    went_well       text,
    could_be_better text,
    unique (evaluation_id, respondent_key)
);
create index evaluation_answer_person_idx on evaluation_answer (person_id);

create table evaluation_answer_item (
    answer_id   uuid     not null references evaluation_answer (id) on delete cascade,
    question_id bigint   not null references evaluation_question (id) on delete cascade,
    score       smallint check (score between 1 and 5),
    text        text,
    primary key (answer_id, question_id)
);
create index evaluation_answer_item_question_idx on evaluation_answer_item (question_id);

-- Settings the evaluation module keeps itself, such as the generated secret of the respondent keys.
create table evaluation_setting (
    name  varchar(100) primary key,
    value text         not null
);
