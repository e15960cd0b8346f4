-- Due dates were once written as last + make_interval(days => cadence_days): calendar days in the session's time
-- zone, an hour off across a daylight-saving change wherever that zone was not UTC. Since then they are
-- Cadence.dueAt, last + cadence × 24 h, written from Java. This repairs the rows written before, once; it is not a
-- second definition (DueDateRepairTest holds it to Cadence.dueAt). An announced overdue follows its repaired due
-- date, so that the repair announces nothing twice.
UPDATE relationship SET
    notified_due_at = CASE WHEN notified_due_at = due_at
                           THEN coalesce(last_interaction_at, created_at) + make_interval(secs => cadence_days * 86400)
                           ELSE notified_due_at END,
    due_at = coalesce(last_interaction_at, created_at) + make_interval(secs => cadence_days * 86400)
WHERE NOT deleted
  AND due_at IS DISTINCT FROM coalesce(last_interaction_at, created_at) + make_interval(secs => cadence_days * 86400);
