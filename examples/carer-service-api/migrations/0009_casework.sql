-- Casework (issue 18): support contacts, onward referrals to directory offers, and named key
-- workers, whose current assignments are the caseloads. Each row hangs off a carer and is
-- scoped as the carer is (may_see_carer): a support worker their caseload, a coordinator the
-- service, a carer their own rows (for subject access); circle members and analysts none.
-- Analysts and coordinators count the contacts through casework_contacts(), which strips them.

-- One support contact (core's SupportContact); worker_id is the staff member who gave it.
CREATE TABLE support_contacts (
  id text PRIMARY KEY,
  carer_id text NOT NULL REFERENCES carers (id),
  worker_id text NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX support_contacts_carer ON support_contacts (carer_id);

-- An onward referral to a directory offer (core's OnwardReferral), made by worker_id.
CREATE TABLE onward_referrals (
  id text PRIMARY KEY,
  carer_id text NOT NULL REFERENCES carers (id),
  worker_id text NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX onward_referrals_carer ON onward_referrals (carer_id);

-- Key worker assignments (core's KeyWorkerAssignment): from a day, until a day (exclusive;
-- NULL while it lasts). One open assignment per carer.
CREATE TABLE key_worker_assignments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  carer_id text NOT NULL REFERENCES carers (id),
  worker_id text NOT NULL,
  from_on date NOT NULL,
  until_on date CHECK (until_on >= from_on)
);
CREATE UNIQUE INDEX key_worker_assignments_open ON key_worker_assignments (carer_id)
  WHERE until_on IS NULL;

-- Who may read casework about this carer: staff in scope, and the carer themselves.
CREATE FUNCTION may_read_casework(carer text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT may_see_carer(carer) AND request_role() IN ('coordinator', 'support-worker', 'carer')
$$;

-- Who may record casework about this carer in this worker's name: staff in scope, as themselves.
CREATE FUNCTION may_record_casework(carer text, worker text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT is_staff() AND may_see_carer(carer) AND worker = request_subject()
$$;

ALTER TABLE support_contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY support_contacts_read ON support_contacts FOR SELECT TO carer_api_app
  USING (may_read_casework(carer_id));
CREATE POLICY support_contacts_insert ON support_contacts FOR INSERT TO carer_api_app
  WITH CHECK (may_record_casework(carer_id, worker_id));

ALTER TABLE onward_referrals ENABLE ROW LEVEL SECURITY;
CREATE POLICY onward_referrals_read ON onward_referrals FOR SELECT TO carer_api_app
  USING (may_read_casework(carer_id));
CREATE POLICY onward_referrals_insert ON onward_referrals FOR INSERT TO carer_api_app
  WITH CHECK (may_record_casework(carer_id, worker_id));
-- The outcome is recorded by staff in scope (the carer's key worker may not be the referrer).
CREATE POLICY onward_referrals_outcome ON onward_referrals FOR UPDATE TO carer_api_app
  USING (is_staff() AND may_see_carer(carer_id)) WITH CHECK (is_staff() AND may_see_carer(carer_id));

-- A coordinator names key workers; a support worker's own registration opens their own.
ALTER TABLE key_worker_assignments ENABLE ROW LEVEL SECURITY;
CREATE POLICY key_workers_read ON key_worker_assignments FOR SELECT TO carer_api_app
  USING (may_read_casework(carer_id));
CREATE POLICY key_workers_insert ON key_worker_assignments FOR INSERT TO carer_api_app
  WITH CHECK (may_see_carer(carer_id) AND (request_role() = 'coordinator'
    OR (request_role() = 'support-worker' AND worker_id = request_subject())));
CREATE POLICY key_workers_end ON key_worker_assignments FOR UPDATE TO carer_api_app
  USING (request_role() = 'coordinator' AND may_see_carer(carer_id))
  WITH CHECK (request_role() = 'coordinator');

GRANT SELECT, INSERT ON support_contacts, key_worker_assignments TO carer_api_app;
GRANT SELECT, INSERT, UPDATE ON onward_referrals TO carer_api_app;
GRANT UPDATE (until_on) ON key_worker_assignments TO carer_api_app;

-- Registration still in one call (0006): a support worker's registration also opens their key
-- worker assignment, from the day the API passes (a new carer has none, so this is the one
-- core's assignKeyWorker would open). Runs as the caller, under the policies above.
CREATE FUNCTION register_carer(carer jsonb, person jsonb, relationship jsonb, worker text,
                               registered_on date)
RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  PERFORM register_carer(carer, person, relationship, worker);
  IF worker IS NOT NULL THEN
    INSERT INTO key_worker_assignments (carer_id, worker_id, from_on)
    VALUES (carer->>'id', worker, registered_on);
  END IF;
END
$$;

-- Every support contact the service has recorded, erased carers' included, as core's
-- SupportContact with its notes withheld: an ordinal id, an ordinal in place of the carer (so
-- distinct carers can be counted, and nobody named), the worker, service, date, mode, kind and
-- duration. For coordinators and analysts: what the suppressed casework summary counts.
CREATE FUNCTION casework_contacts() RETURNS SETOF jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT jsonb_strip_nulls(jsonb_build_object(
           'id', 'contact-' || row_number() OVER (ORDER BY s.id),
           'carerId', 'carer-' || dense_rank() OVER (ORDER BY s.carer_id),
           'workerId', s.worker_id, 'serviceId', s.record->'serviceId',
           'date', s.record->'date', 'mode', s.record->'mode', 'kind', s.record->'kind',
           'durationMinutes', s.record->'durationMinutes'))
    FROM support_contacts s
   WHERE request_role() IN ('coordinator', 'analyst')
$$;

-- Erasure reaches casework too: the notes of contacts and referrals (and the reasons of
-- break-glass grants, below) go; the date, mode, kind, duration, offer and outcome stay, so
-- the summary still counts them; the open key worker assignment ends on the day of erasure
-- (the carer is on nobody's caseload any more).
CREATE FUNCTION erase_casework() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE support_contacts SET record = record - 'notes' WHERE carer_id = NEW.id;
  UPDATE onward_referrals SET record = record - 'notes' WHERE carer_id = NEW.id;
  UPDATE break_glass_grants SET reason = '(erased)' WHERE carer_id = NEW.id;
  UPDATE key_worker_assignments
     SET until_on = greatest(from_on, (NEW.erased_at AT TIME ZONE 'Europe/London')::date)
   WHERE carer_id = NEW.id AND until_on IS NULL;
  RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION erase_casework() FROM PUBLIC;
CREATE TRIGGER carers_erase_casework AFTER UPDATE OF erased_at ON carers
  FOR EACH ROW WHEN (OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL)
  EXECUTE FUNCTION erase_casework();

-- Break-glass access (issue 18): a support worker not on the carer's caseload (cover, out of
-- hours) may read the carer's records for a few hours, giving a reason; every grant is listed
-- to coordinators for review. Read-only: the API passes the request time (carerkit.read_at)
-- only to GET requests, so a write never sees a grant; unset, no grant is honoured.
CREATE TABLE break_glass_grants (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  carer_id text NOT NULL REFERENCES carers (id),
  worker_id text NOT NULL,
  reason text NOT NULL,
  granted_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL CHECK (expires_at > granted_at)
);
CREATE INDEX break_glass_grants_carer ON break_glass_grants (carer_id, worker_id);

-- The request time the API passed for this read, or NULL (never a clock in the database).
CREATE FUNCTION request_read_at() RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('carerkit.read_at', true), '')::timestamptz
$$;

ALTER TABLE break_glass_grants ENABLE ROW LEVEL SECURITY;
CREATE POLICY break_glass_read ON break_glass_grants FOR SELECT TO carer_api_app
  USING (request_role() = 'coordinator'
    OR (request_role() = 'support-worker' AND worker_id = request_subject()));
CREATE POLICY break_glass_insert ON break_glass_grants FOR INSERT TO carer_api_app
  WITH CHECK (request_role() = 'support-worker' AND worker_id = request_subject());
GRANT SELECT, INSERT ON break_glass_grants TO carer_api_app;

-- may_see_carer (0004) as before, and for a support worker also a grant of theirs that is
-- unexpired at the request time passed.
CREATE OR REPLACE FUNCTION may_see_carer(carer text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT CASE request_role()
    WHEN 'coordinator' THEN EXISTS (SELECT 1 FROM carers c WHERE c.id = carer AND c.erased_at IS NULL)
    WHEN 'support-worker' THEN EXISTS (
      SELECT 1 FROM carers c
       WHERE c.id = carer AND c.erased_at IS NULL AND (c.support_worker = request_subject()
         OR EXISTS (
           SELECT 1 FROM break_glass_grants g
            WHERE g.carer_id = c.id AND g.worker_id = request_subject()
              AND g.granted_at <= request_read_at() AND request_read_at() < g.expires_at)))
    WHEN 'carer' THEN EXISTS (
      SELECT 1 FROM carers c WHERE c.id = carer AND c.erased_at IS NULL AND c.id = request_subject())
    WHEN 'circle-member' THEN EXISTS (
      SELECT 1 FROM caring_relationships r
        JOIN circle_members m ON m.cared_for_id = r.cared_for_id
        JOIN carers c ON c.id = r.carer_id
       WHERE r.carer_id = carer AND c.erased_at IS NULL AND m.member_id = request_subject())
    ELSE false
  END
$$;
