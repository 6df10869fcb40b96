-- A leader's latest entries are listed by date and then id. With the date alone in the index, PostgreSQL sorted every
-- entry of the latest dates to break ties before it could stop at the first five; with the id as well it reads five
-- rows from the index and stops. The new index serves every query the old one did.
create index log_entry_person_recent_idx on log_entry (person_id, programme_id, entry_date desc, id desc);
drop index log_entry_person_idx;
