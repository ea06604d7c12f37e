-- Help Center (issue 7): end users' sessions and "set your password" links. Only the SHA-256
-- of a session id or a link token is stored, so a copy of the database signs nobody in.
-- Passwords live in users.password_hash / users.password_salt (schema 1).
CREATE TABLE help_center_sessions (
    id           INTEGER PRIMARY KEY,
    token_hash   BLOB    NOT NULL UNIQUE,            -- SHA-256 of the cookie value
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token   TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL                    -- absolute expiry (created_at + 24 h)
);
CREATE INDEX help_center_sessions_user ON help_center_sessions(user_id);
CREATE INDEX help_center_sessions_expires ON help_center_sessions(expires_at);

CREATE TABLE help_center_password_links (
    id         INTEGER PRIMARY KEY,
    token_hash BLOB    NOT NULL UNIQUE,              -- SHA-256 of the token in the URL
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER                               -- set when used, or voided by another's use
);
CREATE INDEX help_center_password_links_user ON help_center_password_links(user_id);
