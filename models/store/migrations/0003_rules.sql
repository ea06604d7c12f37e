-- DeskBridge schema, version 3: business rules (issue 6). Triggers run, and views are listed, in
-- their position order.
CREATE INDEX triggers_position ON triggers(position, id);
CREATE INDEX views_position ON views(position, id);
