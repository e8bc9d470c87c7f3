-- Staff work on a submission: free-text notes and every status change, each with who and when.
-- Both go with the submission when it is erased or expires (ON DELETE CASCADE); the audit trail
-- keeps only ids.
CREATE TABLE submission_note (
    id            UUID PRIMARY KEY,
    submission_id UUID        NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    author        TEXT        NOT NULL,
    body          TEXT        NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX submission_note_submission_idx ON submission_note (submission_id, created_at);

CREATE TABLE submission_status_change (
    id            UUID PRIMARY KEY,
    submission_id UUID        NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    from_status   TEXT        NOT NULL,
    to_status     TEXT        NOT NULL,
    changed_by    TEXT        NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT submission_status_change_known CHECK (
        from_status IN ('new', 'in_review', 'contacted', 'closed', 'withdrawn')
        AND to_status IN ('new', 'in_review', 'contacted', 'closed', 'withdrawn'))
);
CREATE INDEX submission_status_change_submission_idx ON submission_status_change (submission_id, changed_at);
