-- The admin's use of the installation per month: log entries and how many wrote them, gatherings and presences,
-- coaching sessions held. Counting the writers of half a million entries takes longer than a page may, so the
-- dashboard reads this materialised view, refreshed when a reader finds it older than ten minutes
-- (see no.samla.dashboard.UsageByMonth); dashboard_refresh says when it was counted.
create materialized view dashboard_usage_month as
with entries as (
    select cast(date_trunc('month', le.entry_date) as date) as month, count(*) as entries,
           count(distinct le.person_id) as writers
    from log_entry le
    group by 1),
gatherings as (
    select cast(date_trunc('month', g.start_date) as date) as month, count(*) as gatherings,
           sum((select count(*) from attendance a where a.gathering_id = g.id and a.status = 'PRESENT')) as presences
    from gathering g
    join programme p on p.id = g.programme_id and not p.template
    group by 1),
coaching as (
    select cast(date_trunc('month', sl.starts_at at time zone 'Europe/Oslo') as date) as month, count(*) as sessions
    from coaching_slot sl
    join coaching_session cs on cs.slot_id = sl.id and cs.status = 'BOOKED'
    where sl.starts_at <= now()
    group by 1),
months as (
    select month from entries union select month from gatherings union select month from coaching)
select m.month,
       coalesce(e.entries, 0) as entries,
       coalesce(e.writers, 0) as writers,
       coalesce(g.gatherings, 0) as gatherings,
       coalesce(g.presences, 0) as presences,
       coalesce(c.sessions, 0) as sessions
from months m
left join entries e on e.month = m.month
left join gatherings g on g.month = m.month
left join coaching c on c.month = m.month;

-- REFRESH ... CONCURRENTLY needs a unique index; readers keep reading the old counts while it runs.
create unique index dashboard_usage_month_uq on dashboard_usage_month (month);

create table dashboard_refresh (
    name         varchar(60) primary key,
    refreshed_at timestamptz not null
);
