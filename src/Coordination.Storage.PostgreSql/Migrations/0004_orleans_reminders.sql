-- 0004 Reminders (UseAdoNetReminderService).
--
-- One row per service, grain and reminder name. Each silo fires the reminders of the grains whose hash falls
-- in its range of the consistent-hash ring, so the table is read by ranges of grain_hash. Orleans passes the
-- hashes as signed integers (its unsigned hash cast to int) and picks ReadRangeRows1Key when the range does
-- not wrap around (begin < end as signed integers) and ReadRangeRows2Key when it does. A range excludes its
-- begin and includes its end.
--
-- The version is the reminder's ETag: an upsert answers the new one, and a delete names the one it read.

CREATE TABLE orleans_reminder (
    service_id     varchar(150)  NOT NULL,
    grain_id       varchar(1024) NOT NULL,  -- GrainId as text: "type/key"
    reminder_name  varchar(150)  NOT NULL,
    start_time     timestamptz   NOT NULL,
    period_ms      bigint        NOT NULL,  -- milliseconds
    grain_hash     integer       NOT NULL,
    version        integer       NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

CREATE INDEX orleans_reminder_ring ON orleans_reminder (service_id, grain_hash);

-- The statements the reminder provider runs. It reads "GrainId", "ReminderName", "StartTime", "Period" (as a
-- 64-bit integer) and "Version" back by name. DeleteReminderRowKey must answer exactly one row, true or false.
INSERT INTO orleansquery (querykey, querytext) VALUES
('UpsertReminderRowKey', $query$
    INSERT INTO orleans_reminder AS r
           (service_id, grain_id, reminder_name, start_time, period_ms, grain_hash, version)
    VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
    ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
       SET start_time = EXCLUDED.start_time, period_ms = EXCLUDED.period_ms,
           grain_hash = EXCLUDED.grain_hash, version = r.version + 1
    RETURNING r.version AS "Version"
$query$),
('ReadReminderRowKey', $query$
    SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
           period_ms AS "Period", version AS "Version"
      FROM orleans_reminder
     WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName
$query$),
('ReadReminderRowsKey', $query$
    SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
           period_ms AS "Period", version AS "Version"
      FROM orleans_reminder
     WHERE service_id = @ServiceId AND grain_id = @GrainId
$query$),
('ReadRangeRows1Key', $query$
    SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
           period_ms AS "Period", version AS "Version"
      FROM orleans_reminder
     WHERE service_id = @ServiceId AND grain_hash > @BeginHash AND grain_hash <= @EndHash
$query$),
('ReadRangeRows2Key', $query$
    SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
           period_ms AS "Period", version AS "Version"
      FROM orleans_reminder
     WHERE service_id = @ServiceId AND (grain_hash > @BeginHash OR grain_hash <= @EndHash)
$query$),
('DeleteReminderRowKey', $query$
    WITH deleted AS (
        DELETE FROM orleans_reminder
         WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName
           AND version = @Version
        RETURNING 1)
    SELECT EXISTS (SELECT 1 FROM deleted) AS "Deleted"
$query$),
('DeleteReminderRowsKey', $query$
    DELETE FROM orleans_reminder WHERE service_id = @ServiceId
$query$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
