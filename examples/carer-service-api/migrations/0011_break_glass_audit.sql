-- A support worker reaches a carer off their caseload only through a break-glass grant (0009),
-- so the audit rows of those reads say so: their purpose is break_glass, whatever the route's.
-- Done in the database, as the row is written, so that no route can forget it. SECURITY
-- DEFINER so that it reads the carer's caseload whatever the caller may see.
CREATE FUNCTION audit_events_mark_break_glass() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  IF NEW.actor_role = 'support-worker' AND EXISTS (
       SELECT 1 FROM carers c
        WHERE c.id = NEW.subject_id AND c.support_worker IS DISTINCT FROM NEW.actor) THEN
    NEW.purpose := 'break_glass';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER audit_events_break_glass BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_mark_break_glass();
