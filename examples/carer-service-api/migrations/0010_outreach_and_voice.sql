-- Outreach and carer voice (issue 18). Outreach events are counts only (core's OutreachEvent has
-- no field for a person): staff record and read them; coordinators and analysts read their
-- records for the suppressed summary through outreach_event_records(). Feedback (complaints,
-- compliments, suggestions) hangs off a carer and is scoped as the carer is (may_see_carer): a
-- support worker sees their caseload, a coordinator the whole service, a carer their own rows.
-- Analysts read none of it; they see theme counts through feedback_theme_records().

-- One outreach event (core's OutreachEvent), recorded by a member of staff.
CREATE TABLE outreach_events (
  id text PRIMARY KEY,
  recorded_by text NOT NULL,
  record jsonb NOT NULL
);

ALTER TABLE outreach_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY outreach_events_read ON outreach_events FOR SELECT TO carer_api_app
  USING (is_staff());
CREATE POLICY outreach_events_insert ON outreach_events FOR INSERT TO carer_api_app
  WITH CHECK (is_staff() AND recorded_by = request_subject());

-- A piece of feedback as received (core's Feedback; a complaint is stored as "received"). A
-- complaint's steps are rows of complaint_transitions, appended and never changed by the app
-- role, so its history cannot be rewritten; where it stands is the record with its steps
-- replayed through core's moveComplaint. (id, carer_id) is unique so a step's carer is its own.
CREATE TABLE feedback (
  id text PRIMARY KEY,
  carer_id text NOT NULL REFERENCES carers (id),
  kind text NOT NULL,
  record jsonb NOT NULL,
  UNIQUE (id, carer_id)
);
CREATE INDEX feedback_carer ON feedback (carer_id);

-- One step of a complaint (core's ComplaintMove, with who recorded it), at its place in the
-- history: two racing moves from the same status collide on the primary key; one is kept.
CREATE TABLE complaint_transitions (
  feedback_id text NOT NULL,
  carer_id text NOT NULL,
  position integer NOT NULL CHECK (position >= 0),
  step jsonb NOT NULL,
  PRIMARY KEY (feedback_id, position),
  FOREIGN KEY (feedback_id, carer_id) REFERENCES feedback (id, carer_id)
);

ALTER TABLE feedback ENABLE ROW LEVEL SECURITY;
CREATE POLICY feedback_read ON feedback FOR SELECT TO carer_api_app
  USING (may_see_carer(carer_id) AND request_role() IN ('coordinator', 'support-worker', 'carer'));
-- The carer gives their own feedback; staff record it for the carers they may see.
CREATE POLICY feedback_insert ON feedback FOR INSERT TO carer_api_app
  WITH CHECK (may_see_carer(carer_id) AND request_role() IN ('coordinator', 'support-worker', 'carer'));

ALTER TABLE complaint_transitions ENABLE ROW LEVEL SECURITY;
CREATE POLICY complaint_transitions_read ON complaint_transitions FOR SELECT TO carer_api_app
  USING (may_see_carer(carer_id) AND request_role() IN ('coordinator', 'support-worker', 'carer'));
-- Complaints are handled by the service's complaints lead (a coordinator) only.
CREATE POLICY complaint_transitions_insert ON complaint_transitions FOR INSERT TO carer_api_app
  WITH CHECK (may_see_carer(carer_id) AND request_role() = 'coordinator');

GRANT SELECT, INSERT ON outreach_events, feedback, complaint_transitions TO carer_api_app;

-- Every outreach event, for coordinators and analysts: the record without who recorded it.
CREATE FUNCTION outreach_event_records() RETURNS SETOF jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT o.record FROM outreach_events o
   WHERE request_role() IN ('coordinator', 'analyst')
   ORDER BY o.record->>'date', o.id
$$;

-- Every piece of feedback the service has received, erased carers' included, as core's Feedback
-- with everything personal withheld: an ordinal id, no carer, no free text, anonymous; the kind,
-- the date received and the themes only. For coordinators and analysts: what the suppressed
-- theme summary counts.
CREATE FUNCTION feedback_theme_records() RETURNS SETOF jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT jsonb_strip_nulls(jsonb_build_object(
           'id', 'feedback-' || row_number() OVER (ORDER BY f.id),
           'kind', f.kind, 'receivedOn', f.record->'receivedOn',
           'text', '(withheld)', 'anonymous', true, 'themes', f.record->'themes'))
    FROM feedback f
   WHERE request_role() IN ('coordinator', 'analyst')
$$;

-- Erasure reaches feedback too: when a carer's record is erased (erase_carer or retention), the
-- free text of their feedback and of its steps (the text, what it was about, the response) is
-- replaced, and who recorded each step goes; the kind, dates, status and themes stay, so the
-- summaries still count it and each record is still a valid core Feedback.
CREATE FUNCTION erase_feedback() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE feedback
     SET record = record - 'about' || '{"text": "(erased)"}'::jsonb
                  || CASE WHEN record ? 'response' THEN '{"response": "(erased)"}'::jsonb
                          ELSE '{}'::jsonb END
   WHERE carer_id = NEW.id;
  UPDATE complaint_transitions
     SET step = step - 'by' || CASE WHEN step ? 'response' THEN '{"response": "(erased)"}'::jsonb
                                    ELSE '{}'::jsonb END
   WHERE carer_id = NEW.id;
  RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION erase_feedback() FROM PUBLIC;
CREATE TRIGGER carers_erase_feedback AFTER UPDATE OF erased_at ON carers
  FOR EACH ROW WHEN (OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL)
  EXECUTE FUNCTION erase_feedback();

-- One row per carer the service has reached, for the fairness breakdown (coordinators and
-- analysts): their equality-monitoring answers (core's EqualityMonitoring, optional), whether
-- they were assessed, whether they were supported (enrolled on a programme or a break taken),
-- and their scores in date order (instrument and score only). No id, no name, no date.
CREATE FUNCTION fairness_records() RETURNS SETOF jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT jsonb_strip_nulls(jsonb_build_object(
           'equality', c.record->'equality',
           'assessed', EXISTS (SELECT 1 FROM assessments a WHERE a.carer_id = c.id),
           'supported',
             EXISTS (SELECT 1 FROM enrolments e WHERE e.carer_id = c.id AND e.status = 'enrolled')
             OR EXISTS (SELECT 1 FROM breaks b WHERE b.carer_id = c.id
                          AND b.record->>'status' = 'taken'),
           'scores', coalesce((
             SELECT jsonb_agg(jsonb_build_object('instrumentId', a.instrument_id, 'score', a.score)
                              ORDER BY a.assessed_on, a.id)
               FROM assessments a WHERE a.carer_id = c.id AND a.score ? 'conversions'),
             '[]'::jsonb)))
    FROM carers c
   WHERE request_role() IN ('coordinator', 'analyst')
$$;
