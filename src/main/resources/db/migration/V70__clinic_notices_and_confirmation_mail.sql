-- Submissions the clinic has not yet been told about: only the outcome is kept here, so that the
-- digest mail can say "3 new, 2 to discuss" without reading health data. A row leaves when the
-- mail that counted it was accepted by the SMTP server; a failed send leaves it for the next try.
CREATE TABLE clinic_notice_pending (
    submission_id UUID        PRIMARY KEY REFERENCES submission (id) ON DELETE CASCADE,
    outcome       TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);

-- One row: when the last digest went out. Locked (FOR UPDATE SKIP LOCKED) by the instance that
-- sends, so that several instances never send the same digest twice.
CREATE TABLE clinic_notice_state (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    last_sent_at TIMESTAMPTZ
);
INSERT INTO clinic_notice_state (id, last_sent_at) VALUES (1, NULL);

-- Confirmation e-mails (reference code only) that patients asked for and that are not yet sent.
-- The address is read from the submission when sending, never copied here.
CREATE TABLE confirmation_mail (
    submission_id   UUID        PRIMARY KEY REFERENCES submission (id) ON DELETE CASCADE,
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX confirmation_mail_next_idx ON confirmation_mail (next_attempt_at);
