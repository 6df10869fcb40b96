-- Counters for rate limits (sign-in failures, password reset requests, unknown link tokens) that hold across every
-- instance of Samla: one row per key (what is limited and for whom, e.g. an address), counting the hits of its
-- current window. Rows of windows long past are deleted now and then as hits are counted (RateLimits).
create table rate_limit (
    key          varchar(200) primary key,
    window_start timestamptz  not null,
    hits         integer      not null
);
create index rate_limit_window_idx on rate_limit (window_start);
