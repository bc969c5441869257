-- The carer's pathway (issue 16): referrals and their transitions, one emergency plan per carer,
-- and breaks from caring. Each row hangs off a carer and is scoped as the carer is
-- (may_see_carer): a support worker sees their caseload, a coordinator the whole service, a
-- carer their own rows. Analysts read none of them.

-- A referral as received (core's Referral, stored with an empty history); its steps are rows of
-- referral_transitions, appended and never changed by the app role, so the history cannot be
-- rewritten. (id, carer_id) is unique so a transition's carer is the referral's own.
CREATE TABLE referrals (
  id text PRIMARY KEY,
  carer_id text NOT NULL REFERENCES carers (id),
  record jsonb NOT NULL,
  UNIQUE (id, carer_id)
);
CREATE INDEX referrals_carer ON referrals (carer_id);

-- One step of a referral (core's ReferralTransition), at its place in the history: two racing
-- moves from the same status collide on the primary key, and only one is kept.
CREATE TABLE referral_transitions (
  referral_id text NOT NULL,
  carer_id text NOT NULL,
  position integer NOT NULL CHECK (position >= 0),
  step jsonb NOT NULL,
  PRIMARY KEY (referral_id, position),
  FOREIGN KEY (referral_id, carer_id) REFERENCES referrals (id, carer_id)
);

-- The carer's emergency (contingency) plan, replaced as a whole; its review date as a column.
CREATE TABLE emergency_plans (
  carer_id text PRIMARY KEY REFERENCES carers (id),
  id text NOT NULL UNIQUE,
  review_on date NOT NULL,
  record jsonb NOT NULL
);

-- Breaks from caring (core's CaringBreak), planned, taken or cancelled.
CREATE TABLE breaks (
  id text PRIMARY KEY,
  carer_id text NOT NULL REFERENCES carers (id),
  record jsonb NOT NULL
);
CREATE INDEX breaks_carer ON breaks (carer_id);

-- Who may hold the pathway's records: staff, and the carer for their own plan and breaks.
CREATE FUNCTION may_write_pathway(carer text, carer_may boolean) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT may_see_carer(carer) AND (is_staff() OR (carer_may AND request_role() = 'carer'))
$$;

ALTER TABLE referrals ENABLE ROW LEVEL SECURITY;
CREATE POLICY referrals_read ON referrals FOR SELECT TO carer_api_app
  USING (may_see_carer(carer_id) AND request_role() IN ('coordinator', 'support-worker', 'carer'));
CREATE POLICY referrals_insert ON referrals FOR INSERT TO carer_api_app
  WITH CHECK (may_write_pathway(carer_id, false));

ALTER TABLE referral_transitions ENABLE ROW LEVEL SECURITY;
CREATE POLICY referral_transitions_read ON referral_transitions FOR SELECT TO carer_api_app
  USING (may_see_carer(carer_id) AND request_role() IN ('coordinator', 'support-worker', 'carer'));
CREATE POLICY referral_transitions_insert ON referral_transitions FOR INSERT TO carer_api_app
  WITH CHECK (may_write_pathway(carer_id, false));

-- A circle member reaches a plan only through the route, which shares it when core's
-- shareEmergencyPlan (canShare over the consents) allows; the policy admits the members of the
-- cared-for person's circle, no one else.
ALTER TABLE emergency_plans ENABLE ROW LEVEL SECURITY;
CREATE POLICY emergency_plans_read ON emergency_plans FOR SELECT TO carer_api_app
  USING (may_see_carer(carer_id) AND request_role() <> 'analyst');
CREATE POLICY emergency_plans_insert ON emergency_plans FOR INSERT TO carer_api_app
  WITH CHECK (may_write_pathway(carer_id, true));
CREATE POLICY emergency_plans_update ON emergency_plans FOR UPDATE TO carer_api_app
  USING (may_write_pathway(carer_id, true)) WITH CHECK (may_write_pathway(carer_id, true));

ALTER TABLE breaks ENABLE ROW LEVEL SECURITY;
CREATE POLICY breaks_read ON breaks FOR SELECT TO carer_api_app
  USING (may_see_carer(carer_id) AND request_role() IN ('coordinator', 'support-worker', 'carer'));
CREATE POLICY breaks_insert ON breaks FOR INSERT TO carer_api_app
  WITH CHECK (may_write_pathway(carer_id, true));

GRANT SELECT, INSERT ON referrals, referral_transitions, breaks TO carer_api_app;
GRANT SELECT, INSERT, UPDATE ON emergency_plans TO carer_api_app;

-- Every referral the service has received, erased carers' included, as core's Referral with
-- its free text withheld: an ordinal id, no carer, the source, the dates and the statuses only.
-- For coordinators and analysts (who read no referral row): what the suppressed funnel counts.
CREATE FUNCTION pathway_referrals() RETURNS SETOF jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT jsonb_build_object('id', 'referral-' || row_number() OVER (ORDER BY r.id),
           'source', r.record->'source', 'receivedAt', r.record->'receivedAt',
           'reason', '(withheld)',
           'history', coalesce((
             SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                      'to', t.step->'to', 'at', t.step->'at',
                      'reason', CASE WHEN t.step ? 'reason' THEN to_jsonb('(withheld)'::text) END))
                    ORDER BY t.position)
               FROM referral_transitions t WHERE t.referral_id = r.id), '[]'::jsonb))
    FROM referrals r
   WHERE request_role() IN ('coordinator', 'analyst')
$$;

-- Erasure reaches the pathway too: when a carer's record is erased (erase_carer or retention),
-- the plan goes, and referrals, steps and breaks keep only what the aggregates need (source,
-- dates, statuses, break type and funding); their free text is replaced, so each record is
-- still a valid core entity.
CREATE FUNCTION erase_pathway() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  DELETE FROM emergency_plans WHERE carer_id = NEW.id;
  UPDATE referrals SET record = record - 'sourceDetail' || '{"reason": "(erased)"}'
   WHERE carer_id = NEW.id;
  UPDATE referral_transitions
     SET step = step - 'by' || CASE WHEN step ? 'reason' THEN '{"reason": "(erased)"}'::jsonb
                                    ELSE '{}'::jsonb END
   WHERE carer_id = NEW.id;
  UPDATE breaks SET record = record - 'provider' WHERE carer_id = NEW.id;
  RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION erase_pathway() FROM PUBLIC;
CREATE TRIGGER carers_erase_pathway AFTER UPDATE OF erased_at ON carers
  FOR EACH ROW WHEN (OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL)
  EXECUTE FUNCTION erase_pathway();
