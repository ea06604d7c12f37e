-- DeskBridge schema, version 1: the whole product's tables (DESIGN.md §4).
-- Times are INTEGER milliseconds since the Unix epoch, UTC. Enumerations are small INTEGER codes
-- (see models/domain/Enums.h); booleans are 0/1. Portable SQL where it costs nothing.

CREATE TABLE account (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT    NOT NULL,
    plan            INTEGER NOT NULL DEFAULT 2,      -- 0 team, 1 growth, 2 professional, 3 enterprise
    language        TEXT    NOT NULL DEFAULT '',     -- '' follows the system locale
    time_zone       TEXT    NOT NULL DEFAULT 'UTC',
    business_hours  TEXT    NOT NULL DEFAULT '[]',   -- JSON: weekly intervals
    public_url      TEXT    NOT NULL DEFAULT '',     -- the sharing URL partners reach us at
    listen_address  TEXT    NOT NULL DEFAULT '127.0.0.1:0',
    decline_invites INTEGER NOT NULL DEFAULT 0,
    last_user_id    INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);

CREATE TABLE users (
    id                      INTEGER PRIMARY KEY,
    name                    TEXT    NOT NULL,
    email                   TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    role                    INTEGER NOT NULL,        -- 0 end user, 1 agent, 2 admin
    default_organization_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    external_id             TEXT,
    notes                   TEXT    NOT NULL DEFAULT '',
    password_hash           TEXT,
    password_salt           TEXT,
    active                  INTEGER NOT NULL DEFAULT 1,
    created_at              INTEGER NOT NULL,
    updated_at              INTEGER NOT NULL
);
CREATE INDEX users_role ON users(role);
CREATE INDEX users_external_id ON users(external_id);

CREATE TABLE user_tags (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    tag     TEXT    NOT NULL,
    PRIMARY KEY (user_id, tag)
);

CREATE TABLE groups (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE group_memberships (
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_memberships_user ON group_memberships(user_id);

CREATE TABLE organizations (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    notes        TEXT    NOT NULL DEFAULT '',
    sharing_mode INTEGER NOT NULL DEFAULT 0,         -- 0 own tickets only, 1 view all, 2 view all and comment
    group_id     INTEGER REFERENCES groups(id) ON DELETE SET NULL,
    external_id  TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);

CREATE TABLE organization_tags (
    organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    tag             TEXT    NOT NULL,
    PRIMARY KEY (organization_id, tag)
);

CREATE TABLE organization_domains (
    domain          TEXT    PRIMARY KEY,             -- normalized; a leading dot matches subdomains
    organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE
);
CREATE INDEX organization_domains_org ON organization_domains(organization_id);

CREATE TABLE organization_memberships (
    user_id         INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (user_id, organization_id)
);
CREATE INDEX organization_memberships_org ON organization_memberships(organization_id);

CREATE TABLE custom_fields (
    id         INTEGER PRIMARY KEY,
    key        TEXT    NOT NULL UNIQUE,
    title      TEXT    NOT NULL,
    type       INTEGER NOT NULL,                     -- 0 text, 1 multiline, 2 number, 3 checkbox, 4 dropdown, 5 date
    options    TEXT    NOT NULL DEFAULT '[]',        -- JSON array of dropdown options
    position   INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE tickets (
    id              INTEGER PRIMARY KEY,
    subject         TEXT    NOT NULL,
    status          INTEGER NOT NULL DEFAULT 0,      -- 0 new, 1 open, 2 pending, 3 hold, 4 solved, 5 closed
    priority        INTEGER NOT NULL DEFAULT 1,      -- 0 low, 1 normal, 2 high, 3 urgent
    type            INTEGER NOT NULL DEFAULT 0,      -- 0 question, 1 incident, 2 problem, 3 task
    channel         INTEGER NOT NULL DEFAULT 0,      -- 0 console, 1 api, 2 email, 3 portal, 4 sharing
    requester_id    INTEGER NOT NULL REFERENCES users(id),
    organization_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    group_id        INTEGER REFERENCES groups(id) ON DELETE SET NULL,
    assignee_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    original_id     TEXT,                            -- the sender's ticket number, for received tickets
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX tickets_updated ON tickets(updated_at);
CREATE INDEX tickets_status_updated ON tickets(status, updated_at);
CREATE INDEX tickets_requester ON tickets(requester_id, updated_at);
CREATE INDEX tickets_organization ON tickets(organization_id, updated_at);
CREATE INDEX tickets_group ON tickets(group_id, status);
CREATE INDEX tickets_assignee ON tickets(assignee_id, status);
CREATE INDEX tickets_created ON tickets(created_at);

CREATE TABLE ticket_tags (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    tag       TEXT    NOT NULL,
    PRIMARY KEY (ticket_id, tag)
) WITHOUT ROWID;
CREATE INDEX ticket_tags_tag ON ticket_tags(tag, ticket_id);

CREATE TABLE ticket_field_values (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    field_id  INTEGER NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,
    value     TEXT    NOT NULL,
    PRIMARY KEY (ticket_id, field_id)
) WITHOUT ROWID;
CREATE INDEX ticket_field_values_field ON ticket_field_values(field_id, value);

CREATE TABLE comments (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT    NOT NULL UNIQUE,
    ticket_id    INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    author_id    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    author_name  TEXT    NOT NULL DEFAULT '',        -- for authors from a partner account
    body         TEXT    NOT NULL,
    html_body    TEXT    NOT NULL DEFAULT '',
    public       INTEGER NOT NULL DEFAULT 1,
    via          INTEGER NOT NULL DEFAULT 0,         -- channel the comment came through
    agreement_id INTEGER REFERENCES sharing_agreements(id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX comments_ticket ON comments(ticket_id, created_at);

CREATE TABLE ticket_events (
    id           INTEGER PRIMARY KEY,
    ticket_id    INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    actor_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    kind         INTEGER NOT NULL,                   -- see Domain::EventKind
    field        TEXT    NOT NULL DEFAULT '',
    old_value    TEXT    NOT NULL DEFAULT '',
    new_value    TEXT    NOT NULL DEFAULT '',
    via          INTEGER NOT NULL DEFAULT 0,         -- channel
    trigger_id   INTEGER REFERENCES triggers(id) ON DELETE SET NULL,
    agreement_id INTEGER REFERENCES sharing_agreements(id) ON DELETE SET NULL,
    detail       TEXT    NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL
);
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, id);

CREATE TABLE sharing_agreements (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT    NOT NULL UNIQUE,
    name                 TEXT    NOT NULL,
    direction            INTEGER NOT NULL,           -- 0 outbound (we share with them), 1 inbound
    partner_url          TEXT    NOT NULL,
    local_url            TEXT    NOT NULL DEFAULT '',
    access_key           TEXT    NOT NULL,
    status               INTEGER NOT NULL DEFAULT 0, -- pending, accepted, declined, inactive, failed, ssl_error, configuration_error
    status_reason        TEXT    NOT NULL DEFAULT '',
    deactivated_by       TEXT    NOT NULL DEFAULT '',
    comment_sync         INTEGER NOT NULL DEFAULT 0, -- 0 public and private, 1 public only, 2 none
    status_sync          INTEGER NOT NULL DEFAULT 1,
    tag_sync             INTEGER NOT NULL DEFAULT 1,
    field_sync           TEXT    NOT NULL DEFAULT '[]', -- JSON: synced custom field keys / mapping
    cert_fingerprint     TEXT    NOT NULL DEFAULT '',   -- pinned SHA-256 of the partner's certificate
    next_attempt_at      INTEGER,
    last_error           TEXT    NOT NULL DEFAULT '',
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
);
CREATE INDEX sharing_agreements_status ON sharing_agreements(direction, status);

CREATE TABLE ticket_shares (
    id           INTEGER PRIMARY KEY,
    ticket_id    INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    agreement_id INTEGER NOT NULL REFERENCES sharing_agreements(id),
    direction    INTEGER NOT NULL,                   -- 0 outgoing, 1 incoming
    remote_uuid  TEXT    NOT NULL,                   -- the NHD ticket uuid on the wire
    state        INTEGER NOT NULL DEFAULT 0,         -- 0 active, 1 orphaned
    sync_state   INTEGER NOT NULL DEFAULT 0,         -- 0 delivered, 1 pending, 2 failed
    last_error   TEXT    NOT NULL DEFAULT '',
    shared_at    INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    UNIQUE (agreement_id, remote_uuid)
);
CREATE INDEX ticket_shares_ticket ON ticket_shares(ticket_id);
CREATE INDEX ticket_shares_agreement ON ticket_shares(agreement_id, direction, state);
CREATE INDEX ticket_shares_shared_at ON ticket_shares(shared_at);
CREATE INDEX ticket_shares_state ON ticket_shares(direction, state, ticket_id);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    agreement_id    INTEGER NOT NULL REFERENCES sharing_agreements(id) ON DELETE CASCADE,
    ticket_share_id INTEGER REFERENCES ticket_shares(id) ON DELETE CASCADE,
    method          TEXT    NOT NULL,
    path            TEXT    NOT NULL,
    body            TEXT    NOT NULL DEFAULT '',
    state           INTEGER NOT NULL DEFAULT 0,      -- 0 queued, 1 done, 2 failed
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT    NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL
);
CREATE INDEX outbox_queue ON outbox(agreement_id, state, id);

CREATE TABLE triggers (
    id         INTEGER PRIMARY KEY,
    title      TEXT    NOT NULL,
    position   INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1,
    conditions TEXT    NOT NULL DEFAULT '{}',        -- JSON condition tree
    actions    TEXT    NOT NULL DEFAULT '[]',        -- JSON action list
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE views (
    id          INTEGER PRIMARY KEY,
    title       TEXT    NOT NULL,
    builtin_key TEXT    UNIQUE,                      -- set for the shipped views
    position    INTEGER NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1,
    conditions  TEXT    NOT NULL DEFAULT '{}',
    columns     TEXT    NOT NULL DEFAULT '[]',
    sort        TEXT    NOT NULL DEFAULT '{}',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE api_tokens (
    id          INTEGER PRIMARY KEY,
    token_hash  TEXT    NOT NULL UNIQUE,
    description TEXT    NOT NULL DEFAULT '',
    created_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL
);

-- Full-text search over subjects and comment bodies. The repositories keep these in step
-- explicitly in the same transaction (not with triggers: inside a trigger every statement
-- savepoint makes FTS5 flush its pending terms, which makes bulk writes ten times slower).
CREATE VIRTUAL TABLE tickets_fts USING fts5(subject, content='tickets', content_rowid='id');
CREATE VIRTUAL TABLE comments_fts USING fts5(body, content='comments', content_rowid='id');
