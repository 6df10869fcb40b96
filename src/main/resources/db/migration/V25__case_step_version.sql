-- A step's work is version-checked like the case itself: two team members saving the same step from forms opened
-- at the same time must not overwrite each other without notice.
alter table innovation_case_step add column version bigint not null default 0;
