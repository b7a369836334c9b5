-- vicvil state store, version 3: billed months (DESIGN §2 Billing, §5).
-- A month once billed is frozen here, so that billing it again later gives the same answer whatever Innago says by
-- then. If this is lost, billing recomputes the month from Innago (expired leases are still listed) and says so.

CREATE TABLE billed_months (
    month       TEXT PRIMARY KEY,         -- YYYY-MM
    bill        TEXT NOT NULL,            -- the bill as computed (JSON: package lines, billed units, total)
    occupied    INTEGER NOT NULL,         -- units billed (the invoice's chart of the last 12 months)
    total       TEXT NOT NULL,            -- the amount due, e.g. 5085.00
    recomputed  INTEGER NOT NULL DEFAULT 0, -- 1: computed after the fact (the store had lost the month)
    frozen_at   TEXT NOT NULL,
    invoice_id  INTEGER,                  -- the UISP CRM invoice ERE-VV-YYYY-MM, once created or found
    emailed_at  TEXT                      -- when the invoice mail to complex.billing_email was accepted
);
