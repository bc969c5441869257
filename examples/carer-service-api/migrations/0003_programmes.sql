-- Group programmes (planned with @carerkit/scheduling), enrolment and attendance.
CREATE TABLE programmes (
  id text PRIMARY KEY,
  record jsonb NOT NULL,
  capacity integer NOT NULL CHECK (capacity >= 0),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- position orders the enrolled carers and the waiting list (first come, first served).
CREATE TABLE enrolments (
  programme_id text NOT NULL REFERENCES programmes (id),
  carer_id text NOT NULL REFERENCES carers (id),
  status text NOT NULL CHECK (status IN ('enrolled', 'waitlisted')),
  position integer NOT NULL,
  PRIMARY KEY (programme_id, carer_id)
);

-- One mark per carer per session; a second mark replaces the first.
CREATE TABLE attendance (
  programme_id text NOT NULL REFERENCES programmes (id),
  session_id text NOT NULL,
  carer_id text NOT NULL REFERENCES carers (id),
  mark text NOT NULL CHECK (mark IN ('attended', 'apologies', 'no_show')),
  PRIMARY KEY (session_id, carer_id)
);
CREATE INDEX attendance_programme ON attendance (programme_id);
