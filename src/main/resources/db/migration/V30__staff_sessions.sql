-- Staff sessions live here, not in the cookie: signing out, a password change or disabling an
-- account ends them on every instance at once. The cookie holds a random 256-bit value; only its
-- SHA-256 is stored, so this table alone cannot be used to sign in.
CREATE TABLE staff_session (
    id             UUID        PRIMARY KEY,
    token_hash     TEXT        NOT NULL UNIQUE,
    account_id     UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    -- 'second_step': the password was right, the one-time code is still due; such a session has no roles
    stage          TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    -- updated at most once a minute, so that not every request is a write
    last_seen_at   TIMESTAMPTZ NOT NULL,
    client_address TEXT,
    CONSTRAINT staff_session_stage_known CHECK (stage IN ('complete', 'second_step'))
);
CREATE INDEX staff_session_account_idx ON staff_session (account_id);
CREATE INDEX staff_session_last_seen_idx ON staff_session (last_seen_at);
