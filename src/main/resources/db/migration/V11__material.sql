-- Material before and after a gathering: links and uploaded files. A file's bytes live in their own
-- table, so that listing material never reads them.
create table gathering_material (
    id                   bigint        generated always as identity primary key,
    gathering_id         bigint        not null references gathering (id) on delete cascade,
    kind                 varchar(10)   not null check (kind in ('BEFORE', 'AFTER')),
    title                varchar(200)  not null,
    url                  varchar(2000),
    file_name            varchar(255),
    content_type         varchar(120),
    size_bytes           bigint        check (size_bytes >= 0),
    created_at           timestamptz   not null default now(),
    created_by_person_id bigint        references person (id),
    constraint gathering_material_link_or_file check (
        (url is not null and file_name is null and content_type is null and size_bytes is null)
        or (url is null and file_name is not null and content_type is not null and size_bytes is not null))
);
create index gathering_material_gathering_idx on gathering_material (gathering_id, kind, id);
create index gathering_material_created_by_idx on gathering_material (created_by_person_id);

create table gathering_material_file (
    material_id bigint primary key references gathering_material (id) on delete cascade,
    content     bytea  not null
);
