-- The categories screen counts the events of every category, and retiring or deleting one asks
-- whether any event uses it: an index on category_id answers both from the index alone, where each
-- read every event (half a million in a large school). The behaviour log's filters do not use it
-- (BehaviourStore writes "+e.category_id"): they walk the events newest first by occurred_at.
-- A bulk import keeps this index and writes it row by row (about 0.25 s of a 500,000-event
-- import; dropping and rebuilding it with the others cost 0.6 s); (category_id, occurred_at) cost
-- the import 0.5 s more, over its 5 s target.
CREATE INDEX behaviour_events_category ON behaviour_events (category_id);
