-- Sharing delivery (issue 5): while an agreement shows a local delivery state (failed, ssl_error,
-- configuration_error), wire_status keeps the status both sides agreed on (pending, accepted,
-- declined, inactive), so a fixed problem returns the agreement to it.
ALTER TABLE sharing_agreements ADD COLUMN wire_status INTEGER NOT NULL DEFAULT 0;
UPDATE sharing_agreements SET wire_status = status WHERE status <= 3;
-- One query per poll finds the next due time of each agreement's queue.
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
-- A share's sync state turns "delivered" once none of its messages waits.
CREATE INDEX outbox_share ON outbox(ticket_share_id, state);
