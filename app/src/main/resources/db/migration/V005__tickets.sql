-- vicvil state store, version 3: what sync-tickets remembers between runs, and the add-on invoices it made.
-- Links and applied upgrades can be lost: UISP tickets carry the Innago uid (a marker) and UISP services their plan.

-- One Innago maintenance request forwarded to (or answered on) one UISP ticket, and the status both sides had
-- when vicvil last looked or wrote: a change is what differs from this, so vicvil's own writes never echo back.
CREATE TABLE ticket_links (
    maintenance_uid TEXT PRIMARY KEY,
    uisp_ticket_id  INTEGER NOT NULL,
    unit_key        TEXT NOT NULL,
    innago_open     INTEGER NOT NULL,
    uisp_solved     INTEGER NOT NULL,
    updated_at      TEXT NOT NULL
);

-- Package change requests: pending (upgrades.approval: manual), approved, rejected (with the reason) or applied.
CREATE TABLE upgrade_requests (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    maintenance_uid TEXT NOT NULL UNIQUE,
    unit_key        TEXT NOT NULL,
    title           TEXT NOT NULL,
    package         TEXT NOT NULL,
    state           TEXT NOT NULL,
    reason          TEXT,
    requested_at    TEXT NOT NULL,
    decided_at      TEXT
);

-- The monthly add-on invoices vicvil created in Innago (one per lease per month), so that check-rent never counts
-- them as rent and sync-tickets never posts one twice.
CREATE TABLE addon_invoices (
    invoice_uid TEXT PRIMARY KEY,
    lease_uid   TEXT NOT NULL,
    unit_key    TEXT NOT NULL,
    month       TEXT NOT NULL,
    amount      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (lease_uid, month)
);
