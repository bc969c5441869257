-- Access control in the database: a least-privilege role for the API, row-level security keyed
-- to the request's role and subject, an append-only audit trail, and the columns that the
-- data-rights routes need. Every request's transaction runs
--   SELECT set_config('carerkit.role', …, true), set_config('carerkit.subject', …, true);
--   SET LOCAL ROLE carer_api_app;
-- so a handler that forgets a check still gets only the rows its caller may see.

-- The role the API's requests run as. It owns nothing, so row-level security applies to it, and
-- it is granted only what the routes need. Roles are cluster-wide: it is created once and shared
-- by every schema (the tests use one schema per file). The migrating user needs CREATEROLE.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'carer_api_app') THEN
    CREATE ROLE carer_api_app NOLOGIN NOSUPERUSER NOINHERIT NOBYPASSRLS;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- another schema's migration created it at the same moment
END
$$;
GRANT carer_api_app TO CURRENT_USER;

-- Who looks after whom: a support worker's caseload, and when a record was closed or erased.
ALTER TABLE carers ADD COLUMN support_worker text;
ALTER TABLE carers ADD COLUMN closed_on date;
ALTER TABLE carers ADD COLUMN erased_at timestamptz;
CREATE INDEX carers_support_worker ON carers (support_worker);

-- The members of each care circle, so that policies can find a member's people without
-- reading the circle's jsonb.
CREATE TABLE circle_members (
  cared_for_id text NOT NULL REFERENCES cared_for_people (id),
  member_id text NOT NULL,
  PRIMARY KEY (cared_for_id, member_id)
);
CREATE INDEX circle_members_member ON circle_members (member_id);

-- The audit trail: who (subject and role), did what, to whose record, why, in which request and
-- when. Ids and route templates only: never a name, a date of birth or a value from a body.
CREATE TABLE audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  actor_role text NOT NULL,
  action text NOT NULL,
  subject_id text,
  purpose text NOT NULL,
  request_id text NOT NULL,
  route text NOT NULL
);
CREATE INDEX audit_events_subject ON audit_events (subject_id, at);

-- Append-only for everybody, the owner included (the app role has no UPDATE or DELETE grant
-- either): a correction is a new row.
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();

-- The request's identity, as set per transaction. Unset means no rows.
CREATE FUNCTION request_role() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('carerkit.role', true), '')
$$;
CREATE FUNCTION request_subject() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('carerkit.subject', true), '')
$$;

-- Whether the request may see rows about this carer. SECURITY DEFINER so that it reads the
-- tables it consults without their own policies (no policy recursion); it only answers yes/no.
CREATE FUNCTION may_see_carer(carer text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT CASE request_role()
    WHEN 'coordinator' THEN EXISTS (SELECT 1 FROM carers c WHERE c.id = carer AND c.erased_at IS NULL)
    WHEN 'support-worker' THEN EXISTS (
      SELECT 1 FROM carers c
       WHERE c.id = carer AND c.erased_at IS NULL AND c.support_worker = request_subject())
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

-- Whether the request may see rows about this cared-for person: through a carer it may see or,
-- for a circle member, through the circle they are in.
CREATE FUNCTION may_see_cared_for(person text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT CASE request_role()
    WHEN 'circle-member' THEN EXISTS (
      SELECT 1 FROM circle_members m WHERE m.cared_for_id = person AND m.member_id = request_subject())
    WHEN 'coordinator' THEN EXISTS (SELECT 1 FROM cared_for_people p WHERE p.id = person)
    ELSE EXISTS (
      SELECT 1 FROM caring_relationships r WHERE r.cared_for_id = person AND may_see_carer(r.carer_id))
  END
$$;

-- How a carer was identified (a referral source, not an identifier), for the suppressed
-- evaluation that coordinators and analysts read; it outlives erasure.
CREATE FUNCTION referral_source(carer text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT c.record->>'identifiedBy' FROM carers c
   WHERE c.id = carer AND request_role() IN ('coordinator', 'analyst')
$$;

-- Staff who may change what the service holds (a carer may change their own record and consents).
CREATE FUNCTION is_staff() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT request_role() IN ('coordinator', 'support-worker')
$$;

-- Rows about a person: visible per may_see_*; measurement rows (assessments, enrolments,
-- attendance) also to analysts, who read them only through routes that return suppressed
-- aggregates. No policy lets an analyst read a name, a contact or a consent.
ALTER TABLE carers ENABLE ROW LEVEL SECURITY;
CREATE POLICY carers_read ON carers FOR SELECT TO carer_api_app USING (may_see_carer(id));
CREATE POLICY carers_insert ON carers FOR INSERT TO carer_api_app WITH CHECK (
  request_role() = 'coordinator'
  OR (request_role() = 'support-worker' AND support_worker = request_subject()));
CREATE POLICY carers_update ON carers FOR UPDATE TO carer_api_app
  USING (may_see_carer(id) AND request_role() IN ('coordinator', 'support-worker', 'carer'))
  WITH CHECK (request_role() = 'coordinator'
    OR (request_role() = 'support-worker' AND support_worker = request_subject())
    OR (request_role() = 'carer' AND id = request_subject()));

ALTER TABLE cared_for_people ENABLE ROW LEVEL SECURITY;
CREATE POLICY cared_for_read ON cared_for_people FOR SELECT TO carer_api_app
  USING (may_see_cared_for(id));
CREATE POLICY cared_for_insert ON cared_for_people FOR INSERT TO carer_api_app
  WITH CHECK (is_staff());
CREATE POLICY cared_for_update ON cared_for_people FOR UPDATE TO carer_api_app
  USING (is_staff() AND may_see_cared_for(id));

ALTER TABLE caring_relationships ENABLE ROW LEVEL SECURITY;
CREATE POLICY relationships_read ON caring_relationships FOR SELECT TO carer_api_app
  USING (may_see_carer(carer_id));
CREATE POLICY relationships_insert ON caring_relationships FOR INSERT TO carer_api_app
  WITH CHECK (is_staff() AND may_see_carer(carer_id));

ALTER TABLE consents ENABLE ROW LEVEL SECURITY;
CREATE POLICY consents_read ON consents FOR SELECT TO carer_api_app
  USING (may_see_carer(subject_id) OR may_see_cared_for(subject_id));
CREATE POLICY consents_write ON consents FOR INSERT TO carer_api_app
  WITH CHECK (request_role() IN ('coordinator', 'support-worker', 'carer')
    AND (may_see_carer(subject_id) OR may_see_cared_for(subject_id)));
CREATE POLICY consents_update ON consents FOR UPDATE TO carer_api_app
  USING (request_role() IN ('coordinator', 'support-worker', 'carer')
    AND (may_see_carer(subject_id) OR may_see_cared_for(subject_id)));

ALTER TABLE care_circles ENABLE ROW LEVEL SECURITY;
CREATE POLICY circles_read ON care_circles FOR SELECT TO carer_api_app
  USING (may_see_cared_for(cared_for_id));
CREATE POLICY circles_insert ON care_circles FOR INSERT TO carer_api_app
  WITH CHECK (request_role() IN ('coordinator', 'support-worker', 'carer')
    AND may_see_cared_for(cared_for_id));
CREATE POLICY circles_update ON care_circles FOR UPDATE TO carer_api_app
  USING (request_role() IN ('coordinator', 'support-worker', 'carer')
    AND may_see_cared_for(cared_for_id));

ALTER TABLE circle_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY circle_members_read ON circle_members FOR SELECT TO carer_api_app
  USING (may_see_cared_for(cared_for_id));
CREATE POLICY circle_members_write ON circle_members FOR ALL TO carer_api_app
  USING (request_role() IN ('coordinator', 'support-worker', 'carer')
    AND may_see_cared_for(cared_for_id));

ALTER TABLE assessments ENABLE ROW LEVEL SECURITY;
CREATE POLICY assessments_read ON assessments FOR SELECT TO carer_api_app
  USING (may_see_carer(carer_id) OR request_role() IN ('coordinator', 'analyst'));
CREATE POLICY assessments_insert ON assessments FOR INSERT TO carer_api_app
  WITH CHECK (request_role() IN ('coordinator', 'support-worker', 'carer') AND may_see_carer(carer_id));
CREATE POLICY assessments_erase ON assessments FOR UPDATE TO carer_api_app
  USING (request_role() = 'coordinator');

-- Programmes hold no personal data: any signed-in staff member or carer may read them.
ALTER TABLE programmes ENABLE ROW LEVEL SECURITY;
CREATE POLICY programmes_read ON programmes FOR SELECT TO carer_api_app
  USING (request_role() IN ('coordinator', 'support-worker', 'carer', 'analyst'));
CREATE POLICY programmes_insert ON programmes FOR INSERT TO carer_api_app
  WITH CHECK (request_role() = 'coordinator');
-- Staff lock a programme's row (SELECT … FOR UPDATE) while they enrol or mark attendance.
CREATE POLICY programmes_lock ON programmes FOR UPDATE TO carer_api_app USING (is_staff());

ALTER TABLE enrolments ENABLE ROW LEVEL SECURITY;
CREATE POLICY enrolments_read ON enrolments FOR SELECT TO carer_api_app
  USING (may_see_carer(carer_id) OR request_role() IN ('coordinator', 'support-worker', 'analyst'));
CREATE POLICY enrolments_insert ON enrolments FOR INSERT TO carer_api_app
  WITH CHECK (is_staff() AND may_see_carer(carer_id));

ALTER TABLE attendance ENABLE ROW LEVEL SECURITY;
CREATE POLICY attendance_read ON attendance FOR SELECT TO carer_api_app
  USING (may_see_carer(carer_id) OR request_role() IN ('coordinator', 'support-worker', 'analyst'));
CREATE POLICY attendance_write ON attendance FOR ALL TO carer_api_app
  USING (is_staff()) WITH CHECK (is_staff());

-- Coordinators read the trail; a carer reads the rows about themselves (subject access).
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_read ON audit_events FOR SELECT TO carer_api_app
  USING (request_role() = 'coordinator'
    OR (request_role() = 'carer' AND subject_id = request_subject()));
CREATE POLICY audit_insert ON audit_events FOR INSERT TO carer_api_app
  WITH CHECK (actor = request_subject() AND actor_role = request_role());

DO $$
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO carer_api_app', current_schema());
END
$$;
GRANT SELECT, INSERT, UPDATE ON carers, cared_for_people, caring_relationships, consents,
  care_circles, assessments, programmes, enrolments TO carer_api_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON circle_members, attendance TO carer_api_app;
GRANT SELECT, INSERT ON audit_events TO carer_api_app;
