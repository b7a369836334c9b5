-- check-rent: what it last concluded per lease (the rent status cache of DESIGN §5, shown by status). A lease
-- whose rent invoices were all Fully Paid through judged_through is not read again while that still covers the
-- rent cycle and the check is less than a day old (payments can be reversed).
CREATE TABLE rent_checks (
    lease_uid      TEXT PRIMARY KEY,
    unit_key       TEXT NOT NULL,
    status         TEXT NOT NULL,
    unpaid         TEXT NOT NULL,
    judged_through TEXT NOT NULL,
    fully_paid     INTEGER NOT NULL,
    detail         TEXT NOT NULL,
    checked_at     TEXT NOT NULL
);

-- The rent warnings sent (suspend.notices.warn_days_before): at most one per lease and rent cycle (its due date).
CREATE TABLE rent_warnings (
    lease_uid TEXT NOT NULL,
    due_date  TEXT NOT NULL,
    sent_at   TEXT NOT NULL,
    PRIMARY KEY (lease_uid, due_date)
);
