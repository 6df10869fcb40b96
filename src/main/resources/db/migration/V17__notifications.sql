-- E-mail notifications: an outbox that a sender job works through, so that a mail is recorded before it is sent,
-- is never queued twice (idempotency key) and survives an SMTP outage (retried with back-off).
create table notification (
    id                  bigint generated always as identity primary key,
    recipient_person_id bigint        not null references person (id),
    kind                varchar(40)   not null,
    idempotency_key     varchar(200)  not null unique,
    language            varchar(2)    not null check (language in ('nb', 'nn', 'en')),
    recipient_email     varchar(254)  not null,
    subject             varchar(300)  not null,
    body_text           text          not null,
    body_html           text          not null,
    attachment_name     varchar(200),
    attachment_ics      text,
    -- HELD: not sent because no mail server is configured; sent once one is.
    status              varchar(10)   not null default 'PENDING' check (status in ('PENDING', 'HELD', 'SENT', 'FAILED')),
    attempts            integer       not null default 0,
    next_attempt_at     timestamptz   not null default now(),
    last_error          varchar(1000),
    created_at          timestamptz   not null default now(),
    sent_at             timestamptz
);
create index notification_due_idx on notification (next_attempt_at) where status in ('PENDING', 'HELD');
create index notification_status_idx on notification (status, id);
create index notification_recipient_idx on notification (recipient_person_id);

-- What each person wants: the mail language, and the reminder kinds they turned off (every kind is on by default).
create table notification_preference (
    person_id bigint     primary key references person (id),
    language  varchar(2) not null default 'nb' check (language in ('nb', 'nn', 'en'))
);

create table notification_opt_out (
    person_id bigint      not null references person (id),
    kind      varchar(40) not null,
    primary key (person_id, kind)
);

-- Scheduled jobs run on one instance at a time (ShedLock).
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
