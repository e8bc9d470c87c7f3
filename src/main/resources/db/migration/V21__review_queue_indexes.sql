-- The staff queue pages newest first by (created_at, id) and counts by outcome and status for the
-- same filters. Each index below leads with what a filter fixes and carries (INCLUDE) the columns
-- the counts group by, so that both the page and the counts are read from the index alone
-- (index-only scans, once autovacuum has marked the pages visible) instead of the wide table rows
-- with their answers.

-- no equality filter, or a date range: replaces V1's index with a covering one
DROP INDEX submission_created_idx;
CREATE INDEX submission_created_idx ON submission (created_at DESC, id DESC) INCLUDE (outcome, status, lang, flagged_rules);
CREATE INDEX submission_status_created_idx ON submission (status, created_at DESC, id DESC) INCLUDE (outcome, lang, flagged_rules);
CREATE INDEX submission_outcome_created_idx ON submission (outcome, created_at DESC, id DESC) INCLUDE (status, lang, flagged_rules);
-- "flagged rule = R07" is flagged_rules @> '{R07}': the GIN index finds rare rules; for common
-- ones, filtering the covering indexes above (which carry flagged_rules) reads far fewer pages
CREATE INDEX submission_flagged_rules_idx ON submission USING gin (flagged_rules);
