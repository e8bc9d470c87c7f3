-- FAQ entries, editable by admins. One row per entry, one translation per language.
CREATE TABLE faq_entry (
    id         UUID PRIMARY KEY,
    slug       TEXT        NOT NULL UNIQUE,
    position   INTEGER     NOT NULL,
    published  BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX faq_entry_position_idx ON faq_entry (position);

CREATE TABLE faq_translation (
    entry_id        UUID NOT NULL REFERENCES faq_entry (id) ON DELETE CASCADE,
    lang            TEXT NOT NULL CHECK (lang IN ('en', 'zh-Hans', 'zh-Hant')),
    question        TEXT NOT NULL,
    -- Markdown; rendered through commonmark and an HTML sanitizer, never trusted as HTML
    answer_markdown TEXT NOT NULL,
    PRIMARY KEY (entry_id, lang)
);
