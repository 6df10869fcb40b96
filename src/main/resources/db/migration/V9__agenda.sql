-- The agenda of a gathering: items per day in order. Start times are computed from the gathering's
-- start time and the durations, so reordering never needs to touch times. The unique order is checked
-- at commit, so that two items can swap positions in one transaction.
create table agenda_item (
    id                    bigint       generated always as identity primary key,
    gathering_id          bigint       not null references gathering (id) on delete cascade,
    day                   integer      not null check (day between 1 and 10),
    position              integer      not null check (position >= 1),
    title                 varchar(200) not null,
    item_type             varchar(20)  not null
        check (item_type in ('TALK', 'REFLECTION_STOP', 'GROUP_PROCESS', 'CASE_WORK', 'BREAK', 'LUNCH')),
    duration_minutes      integer      not null check (duration_minutes between 1 and 600),
    responsible_person_id bigint       references person (id),
    note                  text,
    version               bigint       not null default 0,
    constraint agenda_item_order_unique unique (gathering_id, day, position) deferrable initially deferred
);
create index agenda_item_responsible_idx on agenda_item (responsible_person_id);
