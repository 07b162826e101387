-- 0005 The data protection key ring (ASP.NET Core) that every silo shares.
--
-- The web UI's sign-in cookie and antiforgery tokens are protected with these keys, and a browser may reach any
-- silo: each silo reads the keys the others created, so they live in the database the silos share and survive
-- restarts. One row per element the key manager stores, named by it: a key ("key-{id}") or a revocation. A row
-- is written once and never changed.
--
-- The XML holds the key material in the clear unless the silos encrypt keys at rest
-- (DataProtection:CertificatePath): only the silos' database user should read this table.

CREATE TABLE coordination_data_protection_keys (
    friendly_name  text        PRIMARY KEY,
    xml            text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);
