-- Erasure and retention (UK GDPR Articles 17 and 5(1)(e)). Personal data is removed from a
-- carer's record and from what hangs off it; what the aggregates need stays (the referral
-- source, assessment totals and dates, enrolments and attendance, under the same ids), and the
-- audit trail is never touched: the erasure itself is appended to it as a tombstone.

-- The work itself, shared by erasure on request and by the retention command. Not callable by
-- the app role: it reaches every table, past row-level security.
CREATE FUNCTION pseudonymise_carer(carer text, at timestamptz) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  people text[];
BEGIN
  PERFORM 1 FROM carers WHERE id = carer AND erased_at IS NULL FOR UPDATE;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  -- The people cared for by this carer and by no other carer still held.
  SELECT coalesce(array_agg(DISTINCT r.cared_for_id), '{}') INTO people
    FROM caring_relationships r
   WHERE r.carer_id = carer
     AND NOT EXISTS (
       SELECT 1 FROM caring_relationships o JOIN carers oc ON oc.id = o.carer_id
        WHERE o.cared_for_id = r.cared_for_id AND o.carer_id <> carer AND oc.erased_at IS NULL);
  DELETE FROM circle_members WHERE cared_for_id = ANY (people);
  DELETE FROM care_circles WHERE cared_for_id = ANY (people);
  DELETE FROM consents WHERE subject_id = carer OR subject_id = ANY (people);
  UPDATE cared_for_people SET record = jsonb_build_object('id', id, 'erased', true)
   WHERE id = ANY (people);
  UPDATE caring_relationships
     SET record = jsonb_build_object('id', id, 'carerId', carer_id, 'caredForId', cared_for_id,
                                     'erased', true)
   WHERE carer_id = carer;
  -- Item answers, flags and eligibility go; the total (what evaluation aggregates) stays.
  UPDATE assessments
     SET answers = '{}'::jsonb, eligibility = NULL,
         score = jsonb_build_object('total', total, 'erased', true)
   WHERE carer_id = carer;
  UPDATE carers
     SET record = jsonb_build_object('id', id, 'identifiedBy', record->'identifiedBy',
                                     'erased', true),
         erased_at = at, support_worker = NULL, version = version + 1
   WHERE id = carer;
  RETURN true;
END
$$;
REVOKE EXECUTE ON FUNCTION pseudonymise_carer(text, timestamptz) FROM PUBLIC;

-- Erasure on request: a coordinator's decision (the app role may call it; nobody else's token can).
CREATE FUNCTION erase_carer(carer text, at timestamptz) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  IF request_role() <> 'coordinator' THEN
    RAISE EXCEPTION 'only a coordinator may erase a record' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN pseudonymise_carer(carer, at);
END
$$;

-- Retention: every record closed before the cutoff is pseudonymised. Run by the retention
-- command as the owner, never by the app role.
CREATE FUNCTION pseudonymise_closed_before(cutoff date, at timestamptz)
RETURNS TABLE (carer_id text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  candidate text;
BEGIN
  FOR candidate IN
    SELECT id FROM carers WHERE closed_on < cutoff AND erased_at IS NULL ORDER BY id
  LOOP
    IF pseudonymise_carer(candidate, at) THEN
      carer_id := candidate;
      RETURN NEXT;
    END IF;
  END LOOP;
END
$$;
REVOKE EXECUTE ON FUNCTION pseudonymise_closed_before(date, timestamptz) FROM PUBLIC;
