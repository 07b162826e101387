-- 0006 The grains' rows: a listing too large to rewrite whole on each change (a committee's alert inbox, an
-- overlap bucket, a sector's activity listing) keeps one row per item under its grain, written one by one and read
-- together when the grain activates. Rows belong to a service, as grain state does (orleans_grain_state.service_id):
-- services that share a database do not see each other's. The payload is the silo's grain storage serialisation
-- (JSON), as for grain state. Rows have no version: the grain's activation is their writer.

CREATE TABLE coordination_grain_rows (
    service_id  text        NOT NULL,
    table_name  text        NOT NULL,
    grain_id    text        NOT NULL,
    row_key     text        NOT NULL,
    payload     bytea       NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, table_name, grain_id, row_key)
);
