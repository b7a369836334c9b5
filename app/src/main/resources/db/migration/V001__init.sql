-- vicvil state store, version 1: units ⇄ ONU ⇄ UISP ids, runs, and the action journal (audit log).
-- Times are ISO-8601 UTC text of fixed width (2025-01-31T12:00:00.000Z), so text order is time order.
-- Units are in canonical form ("300 S Harper #4"). Never store a secret here.

-- What vicvil knows or last wrote about each unit's ONU and UISP objects (a cache: rebuilt from UISP if lost).
CREATE TABLE units (
    unit_key       TEXT PRIMARY KEY,
    onu_serial     TEXT,
    onu_mac        TEXT,
    nms_device_id  TEXT,
    nms_site_id    TEXT,
    crm_client_id  TEXT,
    crm_service_id TEXT,
    updated_at     TEXT NOT NULL
);

-- One row per job run; finished_at/exit_code stay empty when the run was killed.
CREATE TABLE runs (
    run_id      TEXT PRIMARY KEY,
    job         TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    exit_code   INTEGER
);
CREATE INDEX runs_by_job ON runs (job, started_at);

-- Every action, written 'pending' before its API call and finished after it: a 'pending' row left by a
-- crashed run tells the next run to re-read UISP instead of repeating the write.
CREATE TABLE journal (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id      TEXT NOT NULL REFERENCES runs (run_id),
    job         TEXT NOT NULL,
    unit_key    TEXT,
    action      TEXT NOT NULL,
    reason      TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('pending', 'done', 'failed', 'skipped')),
    detail      TEXT,
    started_at  TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX journal_by_job_outcome ON journal (job, outcome);
CREATE INDEX journal_by_unit ON journal (unit_key, id);
CREATE INDEX journal_by_time ON journal (started_at);
