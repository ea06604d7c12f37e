-- DeskBridge schema, version 3: business rules (issue 6). Triggers run, and views are listed, in
-- their position order.
CREATE INDEX triggers_position ON triggers(position, id);
CREATE INDEX views_position ON views(position, id);

-- "Your unsolved tickets" and "Unassigned tickets" read an agent's (or nobody's) tickets newest
-- first straight off this index instead of sorting all of them.
CREATE INDEX tickets_assignee_updated ON tickets(assignee_id, updated_at);
-- Group queues by status and priority (the usual custom view) count from the index alone;
-- it serves everything the (group_id, status) index did.
DROP INDEX tickets_group;
CREATE INDEX tickets_group_status_priority ON tickets(group_id, status, priority);
-- "Shared within the last N hours" finds the recent shares and their tickets in the index alone;
-- it serves everything the (shared_at) index did.
DROP INDEX ticket_shares_shared_at;
CREATE INDEX ticket_shares_recent ON ticket_shares(shared_at, ticket_id);
