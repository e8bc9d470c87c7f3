-- When the patient first confirmed the review page of this draft. Unlike completed_at it is never
-- cleared when an answer changes afterwards, so a screening is counted as completed once per draft.
ALTER TABLE draft ADD COLUMN first_completed_at TIMESTAMPTZ;
