-- When and where a gathering is held, and who facilitates it. Times are local (Europe/Oslo): the
-- first day starts at start_time, the last day ends at end_time.
alter table gathering
    add column start_time      time         not null default '09:00',
    add column end_time        time         not null default '15:30',
    add column venue_name      varchar(200),
    add column venue_address   varchar(300),
    add column venue_room      varchar(100),
    add column venue_capacity  integer check (venue_capacity between 1 and 10000),
    add column video_link      varchar(500) check (video_link is null or video_link ~ '^https://');

create table gathering_facilitator (
    gathering_id bigint not null references gathering (id) on delete cascade,
    person_id    bigint not null references person (id),
    primary key (gathering_id, person_id)
);
create index gathering_facilitator_person_idx on gathering_facilitator (person_id);
