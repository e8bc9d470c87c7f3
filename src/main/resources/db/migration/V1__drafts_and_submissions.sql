-- Answers in progress. The cookie holds a random token; only its SHA-256 is stored, so that a copy
-- of the database cannot be used to take over someone's draft.
CREATE TABLE draft (
    id          UUID PRIMARY KEY,
    token_hash  TEXT        NOT NULL UNIQUE,
    lang        TEXT        NOT NULL,
    answers     JSONB       NOT NULL DEFAULT '{}'::jsonb,
    -- set when the patient confirms the review page; cleared when an answer changes afterwards
    completed_at TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX draft_expires_at_idx ON draft (expires_at);

-- What a patient chose to send to the clinic: health data. Rows are written once by the patient;
-- staff change only the status (and add notes elsewhere).
CREATE TABLE submission (
    id                    UUID PRIMARY KEY,
    reference_code        VARCHAR(8)  NOT NULL UNIQUE,
    -- one submission per draft, so a double click or a resent form cannot store two
    draft_token_hash      TEXT        NOT NULL UNIQUE,
    questionnaire_version TEXT        NOT NULL,
    ruleset_version       TEXT        NOT NULL,
    lang                  TEXT        NOT NULL,
    answers               JSONB       NOT NULL,
    -- [{"ruleId":"R01","status":"MEETS","reasonKey":"rules.R01.meets"}, ...]
    rule_results          JSONB       NOT NULL,
    outcome               TEXT        NOT NULL,
    -- ids of the rules that were NOT_MET or REVIEW, for the staff filter
    flagged_rules         TEXT[]      NOT NULL DEFAULT '{}',
    das28_esr_estimate    NUMERIC(5, 2),
    das28_crp_estimate    NUMERIC(5, 2),
    contact_name          TEXT        NOT NULL,
    contact_phone         TEXT,
    contact_email         TEXT,
    contact_time          TEXT,
    consent_version       TEXT        NOT NULL,
    status                TEXT        NOT NULL DEFAULT 'new',
    created_at            TIMESTAMPTZ NOT NULL,
    CONSTRAINT submission_contact_present CHECK (contact_phone IS NOT NULL OR contact_email IS NOT NULL),
    CONSTRAINT submission_outcome_known CHECK (outcome IN ('DISCUSS', 'DISCUSS_AFTER_REVIEW', 'NOT_SUITABLE_NOW')),
    CONSTRAINT submission_status_known CHECK (status IN ('new', 'in_review', 'contacted', 'closed', 'withdrawn'))
);
CREATE INDEX submission_created_idx ON submission (created_at DESC, id DESC);
