-- 0001 The query catalogue.
--
-- The Orleans ADO.NET providers (clustering, grain storage, reminders) ship no SQL. At start-up each one
-- reads its statements from this table with a query compiled into the provider:
--
--     SELECT QueryKey, QueryText FROM OrleansQuery
--
-- and from then on runs them by key, binding parameters by name (@DeploymentId, @GrainIdHash, ...) and
-- reading result columns by name. A provider refuses to start when one of its keys is missing.
--
-- The table's name and columns are fixed by that query. PostgreSQL folds unquoted names to lower case in
-- the query as here, so `orleansquery` is the table it reads. The later migrations add the keys with
-- INSERT ... ON CONFLICT DO UPDATE, so a future migration can redefine a query the same way.

CREATE TABLE orleansquery (
    querykey  varchar(64) PRIMARY KEY,
    querytext text        NOT NULL
);
