-- DeskBridge schema, version 3: business rules (issue 6). Triggers run, and views are listed, in
-- their position order.
CREATE INDEX triggers_position ON triggers(position, id);
CREATE INDEX views_position ON views(position, id);

-- The console views list a group's or an agent's tickets (or the unassigned ones) newest first:
-- with these, SQLite reads the first page straight off the index instead of sorting every
-- matching ticket.
CREATE INDEX tickets_assignee_updated ON tickets(assignee_id, updated_at);
CREATE INDEX tickets_group_updated ON tickets(group_id, updated_at);
-- "Shared within the last N hours" reads the recent shares and their tickets from the index alone.
CREATE INDEX ticket_shares_recent ON ticket_shares(shared_at, ticket_id);
