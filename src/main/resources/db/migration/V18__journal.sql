-- Between-session work: assignments a coordinator gives, and the log entries (mellomarbeid) leaders write.

-- An assignment in a programme, given at or after a gathering, due on a date (by default the next gathering).
-- Its recipients are fixed when it is given (all participants, a leader group, a network group or chosen people),
-- so that who had to do what stays true when groups change later.
create table assignment (
    id                   bigint generated always as identity primary key,
    programme_id         bigint        not null references programme (id) on delete cascade,
    gathering_id         bigint        references gathering (id) on delete set null,
    kind                 varchar(20)   not null check (kind in
                             ('PRACTISE', 'REFLECT', 'MATERIAL', 'PREPARE', 'INNOVATION_CASE', 'NETWORK_GROUP')),
    title                varchar(200)  not null check (length(trim(title)) > 0),
    description          varchar(4000) not null default '',
    due_on               date          not null,
    audience             varchar(20)   not null check (audience in ('ALL', 'LEADER_GROUP', 'NETWORK_GROUP', 'CHOSEN')),
    leader_group_id      bigint        references leader_group (id) on delete set null,
    network_group_id     bigint        references network_group (id) on delete set null,
    created_by_person_id bigint        not null references person (id),
    created_at           timestamptz   not null default now(),
    version              bigint        not null default 0
);
create index assignment_programme_idx on assignment (programme_id, due_on);
create index assignment_gathering_idx on assignment (gathering_id);
create index assignment_leader_group_idx on assignment (leader_group_id);
create index assignment_network_group_idx on assignment (network_group_id);
create index assignment_created_by_idx on assignment (created_by_person_id);

-- Who must do an assignment, and when they marked it done (with or without a log entry).
create table assignment_recipient (
    assignment_id bigint      not null references assignment (id) on delete cascade,
    person_id     bigint      not null references person (id),
    done_at       timestamptz,
    primary key (assignment_id, person_id)
);
create index assignment_recipient_person_idx on assignment_recipient (person_id, done_at);

-- A leader's log entry in a programme. Private to the leader unless they share it; the text lives in versions,
-- so an edit keeps the history. Links are optional.
create table log_entry (
    id                       bigint generated always as identity primary key,
    programme_id             bigint      not null references programme (id) on delete cascade,
    person_id                bigint      not null references person (id),
    entry_date               date        not null,
    assignment_id            bigint      references assignment (id) on delete set null,
    development_project_id   bigint      references development_project (id) on delete set null,
    behaviour                varchar(30) check (behaviour in ('TASK_STRUCTURE', 'CHANGE_DEVELOPMENT', 'RELATION')),
    network_meeting_id       bigint      references network_meeting (id) on delete set null,
    share_with_coach         boolean     not null default false,
    share_with_network_group boolean     not null default false,
    share_with_coordinators  boolean     not null default false,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    version                  bigint      not null default 0
);
create index log_entry_person_idx on log_entry (person_id, programme_id, entry_date desc);
create index log_entry_programme_idx on log_entry (programme_id, entry_date);
create index log_entry_assignment_idx on log_entry (assignment_id);
create index log_entry_project_idx on log_entry (development_project_id);
create index log_entry_meeting_idx on log_entry (network_meeting_id);

-- Every save of an entry's text is kept as a numbered version.
create table log_entry_version (
    id         bigint generated always as identity primary key,
    entry_id   bigint        not null references log_entry (id) on delete cascade,
    number     integer       not null check (number > 0),
    did        varchar(8000) not null,
    happened   varchar(8000) not null,
    learned    varchar(8000) not null,
    next_step  varchar(8000) not null,
    created_at timestamptz   not null default now(),
    unique (entry_id, number)
);

-- Comments by those an entry is shared with (coach, facilitators) and the leader's replies.
create table log_entry_comment (
    id               bigint generated always as identity primary key,
    entry_id         bigint        not null references log_entry (id) on delete cascade,
    author_person_id bigint        not null references person (id),
    text             varchar(4000) not null check (length(trim(text)) > 0),
    created_at       timestamptz   not null default now()
);
create index log_entry_comment_entry_idx on log_entry_comment (entry_id, created_at);
create index log_entry_comment_author_idx on log_entry_comment (author_person_id);

-- An attachment to an entry; the bytes in their own table, so that listing never reads them.
create table log_entry_attachment (
    id           bigint generated always as identity primary key,
    entry_id     bigint       not null references log_entry (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(120) not null,
    size_bytes   bigint       not null check (size_bytes >= 0),
    created_at   timestamptz  not null default now()
);
create index log_entry_attachment_entry_idx on log_entry_attachment (entry_id);

create table log_entry_attachment_file (
    attachment_id bigint primary key references log_entry_attachment (id) on delete cascade,
    content       bytea  not null
);

-- What a leader has typed but not saved yet, autosaved while they write: one draft for a new entry per programme,
-- and one per entry being edited.
create table log_entry_draft (
    id            bigint generated always as identity primary key,
    person_id     bigint        not null references person (id),
    programme_id  bigint        not null references programme (id) on delete cascade,
    entry_id      bigint        references log_entry (id) on delete cascade,
    entry_date    date,
    assignment_id bigint        references assignment (id) on delete set null,
    did           varchar(8000) not null default '',
    happened      varchar(8000) not null default '',
    learned       varchar(8000) not null default '',
    next_step     varchar(8000) not null default '',
    updated_at    timestamptz   not null default now()
);
create unique index log_entry_draft_new_uq on log_entry_draft (person_id, programme_id) where entry_id is null;
create unique index log_entry_draft_edit_uq on log_entry_draft (person_id, entry_id) where entry_id is not null;
create index log_entry_draft_programme_idx on log_entry_draft (programme_id);
create index log_entry_draft_entry_idx on log_entry_draft (entry_id);
create index log_entry_draft_assignment_idx on log_entry_draft (assignment_id);
