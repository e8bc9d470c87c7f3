-- Every saved version of an FAQ text, per language. The newest revision is the draft that admins
-- edit and preview; publishing copies it into faq_translation, which is what the public page reads.
-- Restoring an old revision adds a new one (restored_from points at the old one): nothing is lost.
CREATE TABLE faq_revision (
    id              UUID PRIMARY KEY,
    entry_id        UUID        NOT NULL REFERENCES faq_entry (id) ON DELETE CASCADE,
    lang            TEXT        NOT NULL CHECK (lang IN ('en', 'zh-Hans', 'zh-Hant')),
    question        TEXT        NOT NULL,
    answer_markdown TEXT        NOT NULL,
    author          TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    restored_from   UUID REFERENCES faq_revision (id)
);
CREATE INDEX faq_revision_entry_idx ON faq_revision (entry_id, lang, created_at DESC);
