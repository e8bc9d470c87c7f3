-- Failed sign-ins per pair of account name and client address. A stranger's wrong passwords lock
-- only the pair of the name and the stranger's own address, never the owner at theirs.
-- account_key is the keyed hash of the lower-cased name (a password typed as a name stays
-- unreadable); account_id is set when such an account exists, so that admins see whose it is.
CREATE TABLE login_pair_throttle (
    account_key     TEXT        NOT NULL,
    address         TEXT        NOT NULL,
    account_id      UUID        REFERENCES account (id) ON DELETE CASCADE,
    failures        INTEGER     NOT NULL,
    last_failure_at TIMESTAMPTZ NOT NULL,
    locked_until    TIMESTAMPTZ,
    PRIMARY KEY (account_key, address)
);
CREATE INDEX login_pair_throttle_last_failure_idx ON login_pair_throttle (last_failure_at);
CREATE INDEX login_pair_throttle_locked_idx ON login_pair_throttle (locked_until) WHERE locked_until IS NOT NULL;

-- Addresses an account signed in from successfully: its owner's usual places. Sign-ins from them
-- skip the account-wide delay and the per-address lock that strangers' guesses build up.
CREATE TABLE login_known_address (
    account_id      UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    address         TEXT        NOT NULL,
    last_success_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_id, address)
);
CREATE INDEX login_known_address_last_success_idx ON login_known_address (last_success_at);
