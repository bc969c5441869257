-- Registration in one round trip. On PGlite every statement is a round trip through one
-- WebAssembly connection on the server's only thread, and those round trips, not the work
-- inside them, are what bound the write path; so the carer, the person they care for and the
-- caring relationship are inserted by one call instead of three statements.
-- SECURITY INVOKER (the default): it runs as the caller (carer_api_app), under exactly the
-- row-level security policies that three separate INSERTs meet. Each statement in a PL/pgSQL
-- function sees the rows the one before it wrote, so the relationship's policy
-- (may_see_carer) finds the carer just inserted.
CREATE FUNCTION register_carer(carer jsonb, person jsonb, relationship jsonb, worker text)
RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO carers (id, record, support_worker) VALUES (carer->>'id', carer, worker);
  INSERT INTO cared_for_people (id, record) VALUES (person->>'id', person);
  INSERT INTO caring_relationships (id, carer_id, cared_for_id, record)
  VALUES (relationship->>'id', relationship->>'carerId', relationship->>'caredForId',
          relationship);
END
$$;
