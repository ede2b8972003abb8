-- The centre's shared truth. Installed once by the centre's administrator (`docket server init`),
-- forward-only like the laptops' migrations. The rules that must hold across clerks live here, in
-- the database itself: no two live hearings in one room, and no neutral in two live hearings,
-- overlapping in time (exclusion constraints over time ranges); unique references; foreign keys;
-- a row version on every shared record; and a change log written in the same transaction as each
-- change, with the transaction id that lets a laptop pull without skipping a late commit.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE SCHEMA docket;

-- Every clerk's login is a member of this role; it reads and writes the data and nothing else.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bay_docket_clerk') THEN
        CREATE ROLE bay_docket_clerk NOLOGIN;
    END IF;
END
$$;

CREATE TABLE docket.venues (
    id          uuid PRIMARY KEY,
    code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9._-]{1,40}$'),
    name_en     text NOT NULL,
    name_zh     text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('room', 'online')),
    zone        text NOT NULL,
    retired_on  date,
    row_version bigint NOT NULL DEFAULT 1,
    changed_by  text NOT NULL DEFAULT current_user,
    changed_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE docket.neutrals (
    id          uuid PRIMARY KEY,
    name_en     text NOT NULL,
    name_zh     text NOT NULL,
    email       text,
    home_zone   text NOT NULL,
    removed_at  timestamptz,
    row_version bigint NOT NULL DEFAULT 1,
    changed_by  text NOT NULL DEFAULT current_user,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (name_en <> '' OR name_zh <> '')
);
CREATE UNIQUE INDEX neutrals_by_email ON docket.neutrals (lower(email)) WHERE email IS NOT NULL;

CREATE TABLE docket.cases (
    id          uuid PRIMARY KEY,
    reference   text NOT NULL UNIQUE CHECK (reference <> ''),
    title_en    text NOT NULL,
    title_zh    text NOT NULL,
    model       text NOT NULL,
    status      text NOT NULL CHECK (status IN ('open', 'suspended', 'closed')),
    filed_on    date NOT NULL,
    removed_at  timestamptz,
    row_version bigint NOT NULL DEFAULT 1,
    changed_by  text NOT NULL DEFAULT current_user,
    changed_at  timestamptz NOT NULL DEFAULT now()
);

-- A hearing: the wall time and zone are the truth, `during` is the derived instant range. `room_id`
-- is the venue when it is a room (online hearings do not take a room).
CREATE TABLE docket.hearings (
    id           uuid PRIMARY KEY,
    case_id      uuid NOT NULL REFERENCES docket.cases (id),
    venue_id     uuid NOT NULL REFERENCES docket.venues (id),
    room_id      uuid REFERENCES docket.venues (id),
    kind         text NOT NULL,
    starts_local text NOT NULL,
    zone         text NOT NULL,
    during       tstzrange NOT NULL CHECK (NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during)),
    tzdb_version text NOT NULL,
    status       text NOT NULL CHECK (status IN ('tentative', 'confirmed', 'postponed', 'cancelled')),
    removed_at   timestamptz,
    live         boolean GENERATED ALWAYS AS (removed_at IS NULL AND status <> 'cancelled') STORED,
    row_version  bigint NOT NULL DEFAULT 1,
    changed_by   text NOT NULL DEFAULT current_user,
    changed_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT hearings_room_free EXCLUDE USING gist (room_id WITH =, during WITH &&)
        WHERE (live AND room_id IS NOT NULL)
);

-- The neutrals sitting in a hearing, with copies of its range and liveness for the constraint.
CREATE TABLE docket.hearing_neutrals (
    hearing_id uuid NOT NULL REFERENCES docket.hearings (id) ON DELETE CASCADE,
    neutral_id uuid NOT NULL REFERENCES docket.neutrals (id),
    during     tstzrange NOT NULL,
    live       boolean NOT NULL,
    PRIMARY KEY (hearing_id, neutral_id),
    CONSTRAINT hearing_neutrals_free EXCLUDE USING gist (neutral_id WITH =, during WITH &&)
        WHERE (live)
);

-- Keeps each sitting neutral's copy of the range and liveness in step with the hearing.
CREATE FUNCTION docket.sync_hearing_neutrals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE docket.hearing_neutrals SET during = NEW.during, live = NEW.live
     WHERE hearing_id = NEW.id AND (during IS DISTINCT FROM NEW.during OR live IS DISTINCT FROM NEW.live);
    RETURN NULL;
END
$$;
CREATE TRIGGER hearings_sync_neutrals AFTER UPDATE OF during, status, removed_at ON docket.hearings
    FOR EACH ROW EXECUTE FUNCTION docket.sync_hearing_neutrals();

-- A neutral is seated with the hearing's range and liveness, whatever the client sent.
CREATE FUNCTION docket.seat_neutral() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT h.during, h.live INTO NEW.during, NEW.live FROM docket.hearings h WHERE h.id = NEW.hearing_id;
    RETURN NEW;
END
$$;
CREATE TRIGGER hearing_neutrals_seat BEFORE INSERT OR UPDATE OF hearing_id ON docket.hearing_neutrals
    FOR EACH ROW EXECUTE FUNCTION docket.seat_neutral();

-- Every change, in the transaction that made it: what, by which login, and the transaction id
-- (`xid`) that decides, against a reader's snapshot, whether the change is visible yet.
CREATE TABLE docket.change_log (
    id         bigserial PRIMARY KEY,
    xid        xid8 NOT NULL DEFAULT pg_current_xact_id(),
    table_name text NOT NULL,
    row_id     uuid NOT NULL,
    op         text NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    row_data   jsonb,
    changed_by text NOT NULL DEFAULT session_user,
    changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_log_by_xid ON docket.change_log (xid);

-- A row version that rises with every update, and who made the change (the session's login, not
-- whatever the client wrote).
CREATE FUNCTION docket.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        NEW.row_version := OLD.row_version + 1;
    ELSE
        NEW.row_version := 1;
    END IF;
    NEW.changed_by := session_user;
    NEW.changed_at := now();
    RETURN NEW;
END
$$;

CREATE FUNCTION docket.log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = docket, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO docket.change_log (table_name, row_id, op, row_data)
        VALUES (TG_TABLE_NAME, OLD.id, 'delete', NULL);
        RETURN OLD;
    END IF;
    INSERT INTO docket.change_log (table_name, row_id, op, row_data)
    VALUES (TG_TABLE_NAME, NEW.id, lower(TG_OP), to_jsonb(NEW));
    RETURN NEW;
END
$$;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['venues', 'neutrals', 'cases', 'hearings'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON docket.%I
                        FOR EACH ROW EXECUTE FUNCTION docket.stamp()', t || '_stamp', t);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON docket.%I
                        FOR EACH ROW EXECUTE FUNCTION docket.log_change()', t || '_log', t);
    END LOOP;
END
$$;

-- The installed schema version, for every clerk (the migrations table itself is the administrator's).
CREATE FUNCTION docket.schema_version() RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = docket_admin, pg_temp AS $$ SELECT max(version) FROM docket_admin.migrations $$;

-- What a clerk may do: read and write the data, never change the schema. The change log is written
-- only by the trigger (which runs as the schema's owner) and read by clerks.
REVOKE ALL ON SCHEMA docket FROM PUBLIC;
GRANT USAGE ON SCHEMA docket TO bay_docket_clerk;
GRANT SELECT, INSERT, UPDATE ON docket.venues, docket.neutrals, docket.cases, docket.hearings
    TO bay_docket_clerk;
GRANT SELECT, INSERT, UPDATE, DELETE ON docket.hearing_neutrals TO bay_docket_clerk;
GRANT SELECT ON docket.change_log TO bay_docket_clerk;
REVOKE ALL ON FUNCTION docket.schema_version() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION docket.schema_version() TO bay_docket_clerk;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
