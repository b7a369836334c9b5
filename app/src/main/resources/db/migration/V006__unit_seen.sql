-- vicvil state store, version 6: what sync-leases last saw of each unit in Innago and UISP, so that `vicvil status`
-- shows tenant, lease, package, service and ONU without a request (with the age of the sighting). A cache: lost, it
-- is rebuilt by the next sync-leases.
CREATE TABLE unit_seen (
    unit_key       TEXT PRIMARY KEY,
    lease_uid      TEXT,            -- the current lease, else the next future one
    tenant         TEXT,            -- its primary tenant's name
    lease_start    TEXT,
    lease_end      TEXT,            -- empty: open-ended
    occupied       INTEGER NOT NULL,-- 1: the lease was current when seen
    package        TEXT,            -- the UISP service plan of the unit's service
    service_id     INTEGER,
    service_status TEXT,            -- PREPARED, ACTIVE, SUSPENDED, ENDED (ServiceStatus), empty: no service
    onu_name       TEXT,            -- the ONU's name in NMS, empty: no ONU found
    onu_enabled    INTEGER,
    seen_at        TEXT NOT NULL
);
