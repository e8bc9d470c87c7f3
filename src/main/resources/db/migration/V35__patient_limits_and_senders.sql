-- Per-address limits on new drafts and sends, counted in fixed windows in PostgreSQL so that every
-- instance counts against the same number. bucket is '<kind>:' plus a keyed hash of the address:
-- the raw address is not kept here.
CREATE TABLE rate_limit_window (
    bucket       TEXT        NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    hits         INTEGER     NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
CREATE INDEX rate_limit_window_start_idx ON rate_limit_window (window_start);

-- Who sent a submission, as a keyed hash of the client address (never the address itself): lets the
-- staff queue mark bursts of sends from one address without keeping patients' addresses.
ALTER TABLE submission ADD COLUMN sender_key TEXT;
CREATE INDEX submission_sender_idx ON submission (sender_key, created_at) WHERE sender_key IS NOT NULL;
