-- 0002 Cluster membership (UseAdoNetClustering).
--
-- Each cluster (Orleans' ClusterId, which its parameters call DeploymentId) has one version row and one row
-- per silo it has ever started. Membership changes are optimistic on the whole table: inserting or updating a
-- silo names the table version the silo read and bumps it in the same transaction, or changes nothing and
-- answers false, after which Orleans reads the table again and retries. Heartbeats (IAmAlive) and the
-- removal of long-dead silos leave the version alone.

CREATE TABLE orleans_membership_version (
    cluster_id  varchar(150) PRIMARY KEY,
    version     integer      NOT NULL DEFAULT 0,
    changed_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE orleans_membership (
    cluster_id       varchar(150) NOT NULL REFERENCES orleans_membership_version (cluster_id) ON DELETE CASCADE,
    address          varchar(45)  NOT NULL,  -- IPv4 or IPv6, as text
    port             integer      NOT NULL,
    generation       integer      NOT NULL,  -- tells apart restarts of a silo on the same endpoint
    silo_name        varchar(150) NOT NULL,
    host_name        varchar(150) NOT NULL,
    status           integer      NOT NULL,  -- Orleans' SiloStatus: 2 Joining, 3 Active, 4 ShuttingDown, 5 Stopping, 6 Dead
    proxy_port       integer      NOT NULL,  -- the silo's gateway port; 0 when it is no gateway
    suspect_times    text         NULL,      -- "silo,time|silo,time": who suspects this silo; written and parsed by Orleans
    start_time       timestamptz  NOT NULL,
    i_am_alive_time  timestamptz  NOT NULL,
    PRIMARY KEY (cluster_id, address, port, generation)
);

-- Registers a silo and bumps the table version: both or neither. False when the version has moved on since
-- the caller read it, or when the silo is registered already.
CREATE FUNCTION orleans_membership_insert(
    p_cluster_id text, p_address text, p_port integer, p_generation integer,
    p_silo_name text, p_host_name text, p_status integer, p_proxy_port integer,
    p_start_time timestamptz, p_i_am_alive_time timestamptz, p_expected_version integer)
RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE orleans_membership_version
       SET version = version + 1, changed_at = now()
     WHERE cluster_id = p_cluster_id AND version = p_expected_version;
    IF NOT FOUND THEN
        RETURN false;
    END IF;

    INSERT INTO orleans_membership (cluster_id, address, port, generation, silo_name, host_name,
                                    status, proxy_port, start_time, i_am_alive_time)
    VALUES (p_cluster_id, p_address, p_port, p_generation, p_silo_name, p_host_name,
            p_status, p_proxy_port, p_start_time, p_i_am_alive_time);
    RETURN true;
EXCEPTION
    -- The silo is registered already. Leaving the block through its handler rolls back the version bump.
    WHEN unique_violation THEN
        RETURN false;
END
$$;

-- Changes a silo's status and suspicions and bumps the table version: both or neither. False when the
-- version has moved on since the caller read it, or when there is no such silo.
CREATE FUNCTION orleans_membership_update(
    p_cluster_id text, p_address text, p_port integer, p_generation integer,
    p_status integer, p_suspect_times text, p_i_am_alive_time timestamptz, p_expected_version integer)
RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE orleans_membership_version
       SET version = version + 1, changed_at = now()
     WHERE cluster_id = p_cluster_id AND version = p_expected_version;
    IF NOT FOUND THEN
        RETURN false;
    END IF;

    UPDATE orleans_membership
       SET status = p_status, suspect_times = p_suspect_times, i_am_alive_time = p_i_am_alive_time
     WHERE cluster_id = p_cluster_id AND address = p_address AND port = p_port AND generation = p_generation;
    IF NOT FOUND THEN
        -- No such silo. Failing the block rolls back the version bump.
        RAISE EXCEPTION USING ERRCODE = 'no_data_found';
    END IF;
    RETURN true;
EXCEPTION
    WHEN no_data_found THEN
        RETURN false;
END
$$;

-- The statements the clustering provider runs. Reads return the version row even when no silo matches (the
-- LEFT JOIN): Orleans takes the table version from the first row, and a silo only from a row with a StartTime.
-- Queries that answer true or false must return exactly one row. Deleting a cluster's version row takes its
-- silos' rows with it (ON DELETE CASCADE). Status 3 is Active: the clean-up never removes a live silo.
INSERT INTO orleansquery (querykey, querytext) VALUES
('InsertMembershipVersionKey', $query$
    WITH created AS (
        INSERT INTO orleans_membership_version (cluster_id) VALUES (@DeploymentId)
        ON CONFLICT (cluster_id) DO NOTHING
        RETURNING 1)
    SELECT EXISTS (SELECT 1 FROM created) AS "Created"
$query$),
('MembershipReadAllKey', $query$
    SELECT v.version AS "Version",
           m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
           m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status",
           m.proxy_port AS "ProxyPort", m.suspect_times AS "SuspectTimes",
           m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
      FROM orleans_membership_version v
      LEFT JOIN orleans_membership m ON m.cluster_id = v.cluster_id
     WHERE v.cluster_id = @DeploymentId
$query$),
('MembershipReadRowKey', $query$
    SELECT v.version AS "Version",
           m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
           m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status",
           m.proxy_port AS "ProxyPort", m.suspect_times AS "SuspectTimes",
           m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
      FROM orleans_membership_version v
      LEFT JOIN orleans_membership m
             ON m.cluster_id = v.cluster_id
            AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
     WHERE v.cluster_id = @DeploymentId
$query$),
('InsertMembershipKey', $query$
    SELECT orleans_membership_insert(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
                                     @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version) AS "Inserted"
$query$),
('UpdateMembershipKey', $query$
    SELECT orleans_membership_update(@DeploymentId, @Address, @Port, @Generation,
                                     @Status, @SuspectTimes, @IAmAliveTime, @Version) AS "Updated"
$query$),
('UpdateIAmAlivetimeKey', $query$
    UPDATE orleans_membership
       SET i_am_alive_time = @IAmAliveTime
     WHERE cluster_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
$query$),
('GatewaysQueryKey', $query$
    SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
      FROM orleans_membership
     WHERE cluster_id = @DeploymentId AND status = @Status AND proxy_port > 0
$query$),
('DeleteMembershipTableEntriesKey', $query$
    DELETE FROM orleans_membership_version WHERE cluster_id = @DeploymentId
$query$),
('CleanupDefunctSiloEntriesKey', $query$
    DELETE FROM orleans_membership
     WHERE cluster_id = @DeploymentId AND i_am_alive_time < @IAmAliveTime AND status <> 3
$query$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
