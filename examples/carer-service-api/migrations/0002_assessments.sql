-- Scored assessments: the answers as given, the score and the eligibility determination.
CREATE TABLE assessments (
  id text PRIMARY KEY,
  carer_id text NOT NULL REFERENCES carers (id),
  instrument_id text NOT NULL,
  assessed_on date NOT NULL,
  answers jsonb NOT NULL,
  total numeric NOT NULL,
  score jsonb NOT NULL,
  eligibility jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessments_carer ON assessments (carer_id, instrument_id, assessed_on);
