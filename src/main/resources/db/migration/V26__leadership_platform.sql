-- The common leadership platform (felles lederplattform) of a programme, and the written language of each
-- municipality, in which its platform is printed.

-- Nynorsk or bokmål: the official written language a municipality uses (målform). Voss, Volda and Ørsta write nynorsk.
alter table municipality add column written_language varchar(2) not null default 'nb'
    check (written_language in ('nb', 'nn'));
update municipality set written_language = 'nn' where number in ('4621', '1577', '1520');

-- A platform: one for the whole programme, or one per enrolled municipality. Comments are open while comments_open
-- is set and, when comments_close_at is given, until then. The adopted version is the final one, with its date.
create table leadership_platform (
    id                 bigint generated always as identity primary key,
    programme_id       bigint      not null references programme (id) on delete cascade,
    municipality_id    bigint references municipality (id),
    comments_open      boolean     not null default false,
    comments_close_at  timestamptz,
    adopted_version_id bigint,
    adopted_on         date,
    created_at         timestamptz not null,
    version            bigint      not null default 0,
    check ((adopted_version_id is null) = (adopted_on is null))
);
create unique index leadership_platform_programme_wide on leadership_platform (programme_id)
    where municipality_id is null;
create unique index leadership_platform_per_municipality on leadership_platform (programme_id, municipality_id)
    where municipality_id is not null;

-- The working draft: principles in order. Positions run 0, 1, 2 ... without gaps; checked at commit so two principles
-- can swap places. The id is the principle's stable identity across versions.
create table platform_principle (
    id          bigint generated always as identity primary key,
    platform_id bigint        not null references leadership_platform (id) on delete cascade,
    position    integer       not null,
    title       varchar(120)  not null,
    meaning     varchar(2000),
    practice    varchar(2000),
    stop_doing  varchar(2000),
    merged_from varchar(1000),
    constraint platform_principle_position unique (platform_id, position) deferrable initially deferred
);

-- A version: an immutable snapshot of the draft after a gathering, numbered 1, 2, 3 per platform.
create table platform_version (
    id           bigint generated always as identity primary key,
    platform_id  bigint      not null references leadership_platform (id) on delete cascade,
    number       integer     not null,
    gathering_id bigint references gathering (id) on delete set null,
    created_by   bigint      not null references person (id),
    created_at   timestamptz not null,
    unique (platform_id, number)
);
alter table leadership_platform add constraint leadership_platform_adopted
    foreign key (adopted_version_id) references platform_version (id);

-- The principles of a version as they were; principle_id is the stable id (not a reference: the principle may since
-- have been deleted or merged away).
create table platform_version_principle (
    version_id   bigint        not null references platform_version (id) on delete cascade,
    position     integer       not null,
    principle_id bigint        not null,
    title        varchar(120)  not null,
    meaning      varchar(2000),
    practice     varchar(2000),
    stop_doing   varchar(2000),
    primary key (version_id, position)
);

-- What leaders say about a principle while the comment window is open.
create table platform_comment (
    id           bigint generated always as identity primary key,
    principle_id bigint        not null references platform_principle (id) on delete cascade,
    person_id    bigint        not null references person (id) on delete cascade,
    text         varchar(2000) not null,
    created_at   timestamptz   not null
);
create index platform_comment_principle_idx on platform_comment (principle_id, created_at desc);

-- One reaction per leader and principle, changeable and removable.
create table platform_reaction (
    principle_id bigint      not null references platform_principle (id) on delete cascade,
    person_id    bigint      not null references person (id) on delete cascade,
    reaction     varchar(20) not null check (reaction in ('AGREE', 'UNSURE', 'DISAGREE')),
    reacted_at   timestamptz not null,
    primary key (principle_id, person_id)
);
