-- Carers, the people they care for, their caring relationships, consents and care circles.
-- Each row keeps the validated record (the @carerkit/core entity) as jsonb, plus the columns
-- that queries and constraints need.
CREATE TABLE carers (
  id text PRIMARY KEY,
  record jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cared_for_people (
  id text PRIMARY KEY,
  record jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE caring_relationships (
  id text PRIMARY KEY,
  carer_id text NOT NULL REFERENCES carers (id),
  cared_for_id text NOT NULL REFERENCES cared_for_people (id),
  record jsonb NOT NULL
);
CREATE INDEX caring_relationships_carer ON caring_relationships (carer_id);
CREATE INDEX caring_relationships_cared_for ON caring_relationships (cared_for_id);

-- A consent is about one subject: a carer or a cared-for person.
CREATE TABLE consents (
  id text PRIMARY KEY,
  subject_id text NOT NULL,
  record jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consents_subject ON consents (subject_id);

-- One care circle per cared-for person; replaced as a whole.
CREATE TABLE care_circles (
  cared_for_id text PRIMARY KEY REFERENCES cared_for_people (id),
  id text NOT NULL UNIQUE,
  record jsonb NOT NULL
);
