-- Safeguarding concerns, the most sensitive records the service holds. Need to know: a
-- coordinator (the service's safeguarding lead) reads every concern about a carer they may see;
-- a support worker reads only the concerns they raised, about carers on their caseload; nobody
-- else reads any (carers, analysts and circle members are refused by the routes and here).
CREATE TABLE safeguarding_concerns (
  id text PRIMARY KEY,
  carer_id text NOT NULL REFERENCES carers (id),
  raised_by text NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX safeguarding_concerns_carer ON safeguarding_concerns (carer_id);

-- Whether the request may see (or write) a concern about this carer raised by this worker.
CREATE FUNCTION may_see_concern(carer text, raiser text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT may_see_carer(carer) AND (
    request_role() = 'coordinator'
    OR (request_role() = 'support-worker' AND raiser = request_subject()))
$$;

ALTER TABLE safeguarding_concerns ENABLE ROW LEVEL SECURITY;
CREATE POLICY safeguarding_read ON safeguarding_concerns FOR SELECT TO carer_api_app
  USING (may_see_concern(carer_id, raised_by));
CREATE POLICY safeguarding_insert ON safeguarding_concerns FOR INSERT TO carer_api_app
  WITH CHECK (may_see_concern(carer_id, raised_by));
CREATE POLICY safeguarding_update ON safeguarding_concerns FOR UPDATE TO carer_api_app
  USING (may_see_concern(carer_id, raised_by))
  WITH CHECK (may_see_concern(carer_id, raised_by));

GRANT SELECT, INSERT, UPDATE ON safeguarding_concerns TO carer_api_app;
