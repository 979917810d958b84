-- CreateTable
CREATE TABLE "platform_tallies" (
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "platform_tallies_pkey" PRIMARY KEY ("kind","key")
);


-- Each trigger turns a statement's changed rows (its transition tables) into one signed delta per
-- tally and adds them in key order, so concurrent statements lock tally rows in the same order.
-- UPDATEs that change no counted column write nothing (HAVING sum <> 0).

CREATE FUNCTION "platform_tally_add"(deltas jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "platform_tallies" ("kind", "key", "count")
  SELECT d."kind", d."key", sum(d."delta")
  FROM jsonb_to_recordset(deltas) AS d("kind" text, "key" text, "delta" bigint)
  GROUP BY d."kind", d."key"
  HAVING sum(d."delta") <> 0
  ORDER BY d."kind", d."key"
  ON CONFLICT ("kind", "key") DO UPDATE SET "count" = "platform_tallies"."count" + excluded."count";
$$;

CREATE FUNCTION "platform_tally_users"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added jsonb := '[]';
  removed jsonb := '[]';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT coalesce(jsonb_agg(t), '[]') INTO added FROM (
      SELECT 'users.role' AS "kind", "role"::text AS "key", 1 AS "delta" FROM new_rows
      UNION ALL SELECT 'users.suspended', 'all', 1 FROM new_rows WHERE "suspendedAt" IS NOT NULL
    ) t;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT coalesce(jsonb_agg(t), '[]') INTO removed FROM (
      SELECT 'users.role' AS "kind", "role"::text AS "key", -1 AS "delta" FROM old_rows
      UNION ALL SELECT 'users.suspended', 'all', -1 FROM old_rows WHERE "suspendedAt" IS NOT NULL
    ) t;
  END IF;
  PERFORM "platform_tally_add"(added || removed);
  RETURN NULL;
END $$;

CREATE FUNCTION "platform_tally_expert_profiles"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added jsonb := '[]';
  removed jsonb := '[]';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT coalesce(jsonb_agg(t), '[]') INTO added FROM (
      SELECT 'experts.vettingStatus' AS "kind", "vettingStatus"::text AS "key", 1 AS "delta" FROM new_rows
    ) t;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT coalesce(jsonb_agg(t), '[]') INTO removed FROM (
      SELECT 'experts.vettingStatus' AS "kind", "vettingStatus"::text AS "key", -1 AS "delta" FROM old_rows
    ) t;
  END IF;
  PERFORM "platform_tally_add"(added || removed);
  RETURN NULL;
END $$;

CREATE TRIGGER "users_tally_insert" AFTER INSERT ON "users" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "platform_tally_users"();
CREATE TRIGGER "users_tally_update" AFTER UPDATE ON "users" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "platform_tally_users"();
CREATE TRIGGER "users_tally_delete" AFTER DELETE ON "users" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "platform_tally_users"();

CREATE TRIGGER "expert_profiles_tally_insert" AFTER INSERT ON "expert_profiles" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "platform_tally_expert_profiles"();
CREATE TRIGGER "expert_profiles_tally_update" AFTER UPDATE ON "expert_profiles" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "platform_tally_expert_profiles"();
CREATE TRIGGER "expert_profiles_tally_delete" AFTER DELETE ON "expert_profiles" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "platform_tally_expert_profiles"();

-- What is there already.
INSERT INTO "platform_tallies" ("kind", "key", "count")
SELECT 'users.role', "role"::text, count(*) FROM "users" GROUP BY "role"
UNION ALL SELECT 'users.suspended', 'all', count(*) FROM "users" WHERE "suspendedAt" IS NOT NULL
UNION ALL SELECT 'experts.vettingStatus', "vettingStatus"::text, count(*) FROM "expert_profiles" GROUP BY "vettingStatus";
