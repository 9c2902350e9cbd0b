-- The categories screen counts the events of every category, and retiring or deleting one asks
-- whether any event uses it: an index on category_id answers both from the index alone, where each
-- read every event (half a million in a large school). The behaviour log's filters do not use it
-- (BehaviourStore writes "+e.category_id"): they walk the events newest first by occurred_at.
-- category_id alone costs the 500,000-event import nothing measurable (4.75 s, was 4.69-4.89 s);
-- (category_id, occurred_at) cost it 0.5 s, over its 5 s target.
CREATE INDEX behaviour_events_category ON behaviour_events (category_id);
