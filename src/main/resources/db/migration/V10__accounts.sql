-- Staff and admin accounts for the review and admin pages. Patients never have accounts.
-- Passwords are bcrypt hashes in Modular Crypt Format ($2a$...), never the password itself.
CREATE TABLE account (
    id                   UUID        PRIMARY KEY,
    -- stored in lower case so that "Admin" and "admin" cannot be two people
    username             TEXT        NOT NULL UNIQUE,
    password_hash        TEXT        NOT NULL,
    -- comma-separated, as quarkus-security-jpa reads them; an admin is always staff too
    roles                TEXT        NOT NULL,
    enabled              BOOLEAN     NOT NULL DEFAULT TRUE,
    -- set for every password an admin hands out; cleared when the person picks their own
    must_change_password BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at           TIMESTAMPTZ NOT NULL,
    password_changed_at  TIMESTAMPTZ NOT NULL,
    last_login_at        TIMESTAMPTZ,
    -- consecutive failed sign-ins since the last success, shown to admins; locking itself is
    -- decided by login_throttle, which also covers names that have no account
    failed_logins        INTEGER     NOT NULL DEFAULT 0,
    last_failed_login_at TIMESTAMPTZ,
    CONSTRAINT account_username_form CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,39}$'),
    CONSTRAINT account_roles_known CHECK (roles IN ('staff', 'staff,admin'))
);

-- Failed sign-ins per account name and per remote address, shared by every instance of the app.
-- Keys are 'account:<sha-256 of the lower-cased name>' or 'address:<ip>': a password typed into
-- the name field by mistake is never stored readable.
CREATE TABLE login_throttle (
    key             TEXT        PRIMARY KEY,
    failures        INTEGER     NOT NULL,
    last_failure_at TIMESTAMPTZ NOT NULL,
    locked_until    TIMESTAMPTZ
);
CREATE INDEX login_throttle_last_failure_idx ON login_throttle (last_failure_at);
