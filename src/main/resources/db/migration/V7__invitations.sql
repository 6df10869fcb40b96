-- Invitations to choose a password: an account made for someone else (by an import, say) starts
-- disabled, and a link with a random token lets its person set a password once. Only the SHA-256
-- of the token is stored, so the links cannot be read back from the database.
create table invitation (
    id         bigint generated always as identity primary key,
    account_id bigint      not null references account (id) on delete cascade,
    token_hash varchar(64) not null unique,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index invitation_account_idx on invitation (account_id);
