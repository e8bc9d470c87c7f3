-- "Continue on another device": a short code the patient reads or scans on the other device.
-- Only a keyed hash of the code is stored (security.ServerKey), and the draft's token encrypted with
-- a key derived from the code, so neither the database nor the code alone gives the draft away.
-- One code per draft (a new one replaces the old); it goes when the draft goes.
CREATE TABLE resume_code (
    code_hash       TEXT        PRIMARY KEY,
    draft_id        UUID        NOT NULL UNIQUE REFERENCES draft (id) ON DELETE CASCADE,
    encrypted_token TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);

-- Wrong codes per client address, shared by every instance: enough wrong guesses lock the address.
CREATE TABLE resume_attempt (
    address          TEXT        PRIMARY KEY,
    failures         INTEGER     NOT NULL,
    first_failure_at TIMESTAMPTZ NOT NULL,
    locked_until     TIMESTAMPTZ
);
