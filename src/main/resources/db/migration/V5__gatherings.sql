-- Gatherings (samlinger) of a programme: number, title, theme, format and dates.
create table gathering (
    id             bigint generated always as identity primary key,
    programme_id   bigint       not null references programme (id) on delete cascade,
    number         integer      not null check (number between 1 and 100),
    title          varchar(200) not null,
    theme          varchar(200),
    format         varchar(20)  not null check (format in ('ONE_DAY', 'TWO_DAYS', 'LUNCH_TO_LUNCH', 'DIGITAL')),
    start_date     date         not null,
    agenda_outline text,
    version        bigint       not null default 0,
    unique (programme_id, number)
);
create index gathering_programme_idx on gathering (programme_id);
