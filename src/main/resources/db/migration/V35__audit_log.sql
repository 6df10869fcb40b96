-- The audit log: who did what, when and from where (sign-ins, failed sign-ins, account and role changes, changes to
-- people, programmes and gatherings, exports). Rows are only ever added: the triggers below refuse to change or remove
-- one, so not even a fault in Samla can rewrite history. The summary never holds what a leader wrote, only kinds and
-- ids of objects.
create table audit_log (
    id               bigint generated always as identity primary key,
    occurred_at      timestamptz   not null default now(),
    actor_account_id bigint,
    actor_person_id  bigint,
    -- The actor's e-mail as it was at the time (accounts change their e-mail); for a failed sign-in, what was typed.
    actor_email      varchar(320),
    action           varchar(40)   not null,
    subject_type     varchar(40),
    subject_id       bigint,
    summary          varchar(500)  not null default '',
    remote_address   varchar(64),
    user_agent       varchar(300)
);

-- The admin's list, newest first, and its filters by action and by subject.
create index audit_log_occurred_idx on audit_log (occurred_at desc, id desc);
create index audit_log_action_idx on audit_log (action, occurred_at desc);
create index audit_log_subject_idx on audit_log (subject_type, subject_id);
create index audit_log_actor_idx on audit_log (actor_account_id, occurred_at desc);

create function audit_log_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_refuse_change();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_refuse_change();
