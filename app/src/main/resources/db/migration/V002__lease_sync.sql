-- vicvil state store, version 2: what sync-leases (and later check-rent) remember between runs.
-- All of it can be lost: the next run rebuilds it from UISP tags and markers (DESIGN §5).

-- Which client and service vicvil set up for which lease (created, or adopted from a hand-made one).
CREATE TABLE provisioned (
    unit_key   TEXT NOT NULL,
    lease_uid  TEXT NOT NULL,
    client_id  INTEGER NOT NULL,
    service_id INTEGER,
    adopted    INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (unit_key, lease_uid)
);

-- Services vicvil ended (so an old tenant's ended service is never mistaken for a hand-made end).
CREATE TABLE ended_services (
    service_id INTEGER PRIMARY KEY,
    unit_key   TEXT NOT NULL,
    ended_at   TEXT NOT NULL
);

-- Welcome emails sent (one per new service; the service's vicvilWelcomed attribute in UISP is the durable copy).
CREATE TABLE welcomed (
    service_id INTEGER PRIMARY KEY,
    lease_uid  TEXT NOT NULL,
    sent_at    TEXT NOT NULL
);

-- What vicvil itself last did to a unit's service and ONU, so it reverses only what it set.
CREATE TABLE last_writes (
    unit_key        TEXT PRIMARY KEY,
    suspended_on    TEXT,
    onu_disabled_on TEXT
);
