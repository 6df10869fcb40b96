-- A password reset link is an invitation's sibling: a one-time link to choose a password, kept as the SHA-256 of its
-- token. It differs in what it may do: it never enables a disabled account, and it is valid for an hour, not two
-- weeks. Each link says which of the two it is, so that neither can be used as the other.
alter table invitation add column purpose varchar(16) not null default 'INVITATION'
    check (purpose in ('INVITATION', 'PASSWORD_RESET'));
