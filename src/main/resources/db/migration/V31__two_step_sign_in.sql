-- Two-step sign-in (RFC 6238 one-time codes) for staff accounts. The key is stored encrypted with
-- a key derived from APP_SESSION_KEY (security.SecretBox), never readable from this table alone.
CREATE TABLE account_two_step (
    account_id     UUID        PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    -- the key being set up: shown as a QR code, confirmed by a first code
    pending_secret TEXT,
    -- the confirmed key; NULL until enrolment is finished
    secret         TEXT,
    enrolled_at    TIMESTAMPTZ,
    -- the 30-second time step of the last accepted code: a code is never accepted twice
    last_step      BIGINT,
    -- wrong codes since the last right one, and the pause they caused
    failures       INTEGER     NOT NULL DEFAULT 0,
    locked_until   TIMESTAMPTZ
);

-- Ten single-use recovery codes per account, stored as keyed hashes (HMAC with APP_SESSION_KEY).
CREATE TABLE recovery_code (
    account_id UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    code_hash  TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_id, code_hash)
);
