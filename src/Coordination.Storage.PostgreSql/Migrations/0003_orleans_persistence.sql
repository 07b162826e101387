-- 0003 Grain state (AddAdoNetGrainStorage).
--
-- One row per service, state name and grain. What Orleans binds, and where it goes:
--   @ServiceId                          service_id
--   @GrainTypeString, @GrainTypeHash    state_name and its hash. Orleans passes the state's name here
--                                       ("activity", see StorageNames), not the grain's type: the grain type is
--                                       no part of a row's identity, so every persistent state needs its own name.
--   @GrainIdN0, @GrainIdN1              a Guid key's two halves; 0 and an integer key; 0 and 0 for a string key
--   @GrainIdExtensionString             a string key, or the extension of a Guid or integer key; NULL when none
--   @GrainIdHash                        a hash of the key, to keep the index selective
--   @GrainStateVersion                  the version (ETag) the caller read; NULL when it read no row
--   @PayloadBinary                      the silo's grain storage serializer output: UTF-8 JSON on this platform
--
-- The version is the ETag. A write succeeds only while the row is still at the version the writer read, and
-- answers the new version; it answers NULL when refused, which the provider raises as InconsistentStateException.
-- Clearing a state keeps the row with an empty payload and a new version, so a later write still needs that version.
--
-- NULLS NOT DISTINCT (PostgreSQL 15) makes two rows without a key extension collide as they should.

CREATE TABLE orleans_grain_state (
    service_id          varchar(150)  NOT NULL,
    state_name          varchar(512)  NOT NULL,
    state_name_hash     integer       NOT NULL,
    grain_id_hash       integer       NOT NULL,
    grain_id_n0         bigint        NOT NULL,
    grain_id_n1         bigint        NOT NULL,
    grain_id_extension  varchar(1024) NULL,
    version             integer       NOT NULL,
    payload             bytea         NULL,  -- NULL once the state is cleared
    modified_at         timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT orleans_grain_state_identity UNIQUE NULLS NOT DISTINCT
        (service_id, state_name_hash, grain_id_hash, state_name, grain_id_n0, grain_id_n1, grain_id_extension)
);

-- Creates the row at version 1 when the writer read none, or replaces the payload when the row is still at the
-- version the writer read. Answers the new version, or NULL when another writer got there first.
CREATE FUNCTION orleans_grain_state_write(
    p_service_id text, p_state_name text, p_state_name_hash integer, p_grain_id_hash integer,
    p_grain_id_n0 bigint, p_grain_id_n1 bigint, p_grain_id_extension text,
    p_expected_version integer, p_payload bytea)
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    new_version integer;
BEGIN
    IF p_expected_version IS NULL THEN
        INSERT INTO orleans_grain_state (service_id, state_name, state_name_hash, grain_id_hash,
                                         grain_id_n0, grain_id_n1, grain_id_extension, version, payload)
        VALUES (p_service_id, p_state_name, p_state_name_hash, p_grain_id_hash,
                p_grain_id_n0, p_grain_id_n1, p_grain_id_extension, 1, p_payload)
        ON CONFLICT ON CONSTRAINT orleans_grain_state_identity DO NOTHING
        RETURNING version INTO new_version;
    ELSE
        UPDATE orleans_grain_state
           SET payload = p_payload, version = version + 1, modified_at = now()
         WHERE service_id = p_service_id
           AND state_name_hash = p_state_name_hash AND state_name = p_state_name
           AND grain_id_hash = p_grain_id_hash AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1
           AND grain_id_extension IS NOT DISTINCT FROM p_grain_id_extension
           AND version = p_expected_version
        RETURNING version INTO new_version;
    END IF;
    RETURN new_version;
END
$$;

-- The statements the grain storage provider runs. It reads "PayloadBinary" and "Version" back by name, and the
-- new version as "NewGrainStateVersion". ClearStorageKey serves ClearStateAsync; DeleteStorageKey serves it
-- instead when the provider is configured with DeleteStateOnClear.
INSERT INTO orleansquery (querykey, querytext) VALUES
('ReadFromStorageKey', $query$
    SELECT payload AS "PayloadBinary", version AS "Version"
      FROM orleans_grain_state
     WHERE service_id = @ServiceId
       AND state_name_hash = @GrainTypeHash AND state_name = @GrainTypeString
       AND grain_id_hash = @GrainIdHash AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
       AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
$query$),
('WriteToStorageKey', $query$
    SELECT orleans_grain_state_write(@ServiceId, @GrainTypeString, @GrainTypeHash, @GrainIdHash,
                                     @GrainIdN0, @GrainIdN1, @GrainIdExtensionString,
                                     @GrainStateVersion, @PayloadBinary) AS "NewGrainStateVersion"
$query$),
('ClearStorageKey', $query$
    UPDATE orleans_grain_state
       SET payload = NULL, version = version + 1, modified_at = now()
     WHERE service_id = @ServiceId
       AND state_name_hash = @GrainTypeHash AND state_name = @GrainTypeString
       AND grain_id_hash = @GrainIdHash AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
       AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
       AND version = @GrainStateVersion
    RETURNING version AS "NewGrainStateVersion"
$query$),
('DeleteStorageKey', $query$
    DELETE FROM orleans_grain_state
     WHERE service_id = @ServiceId
       AND state_name_hash = @GrainTypeHash AND state_name = @GrainTypeString
       AND grain_id_hash = @GrainIdHash AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
       AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
       AND version = @GrainStateVersion
    RETURNING version + 1 AS "NewGrainStateVersion"
$query$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
