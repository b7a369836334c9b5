package com.erefiber.vicvil.sync;

import java.util.Locale;

/** What a planned action does; the journal and the safety guard count by it. */
public enum ActionKind {
    /** POST a UISP client for a lease's household, tagged with the unit. */
    CREATE_CLIENT,
    /** Tag a client made by hand for the unit (and set its {@code userIdent} when blank). */
    ADOPT_CLIENT,
    /** Add the lease's tenants that are missing from the client's contacts. */
    UPDATE_CONTACTS,
    /** POST a service on the default package, {@code activeFrom} = lease start, tagged with the unit. */
    CREATE_SERVICE,
    /** Tag a service made by hand for the unit. */
    ADOPT_SERVICE,
    /** PATCH {@code …/end} an old tenant's service. */
    END_SERVICE,
    /** PUT the ONU's system with {@code enabled: true}. */
    ENABLE_ONU,
    /** PUT the ONU's system with {@code enabled: false}. */
    DISABLE_ONU,
    /** Mail the welcome email for a new service (recorded in the store, then marked on the service). */
    SEND_WELCOME,
    /** Write the {@code vicvilWelcomed} marker that a welcome's send could not write (the mail is not sent again). */
    MARK_WELCOMED,
    /** POST an endpoint site for the unit under the complex's parent site. */
    CREATE_SITE,
    /** Authorize the ONU into the unit's endpoint site. */
    AUTHORIZE_ONU,
    /** PUT the ONU's system with its inventory name. */
    RENAME_ONU,
    /** Bind the unit's CRM service to its endpoint site. */
    BIND_SERVICE_SITE;

    /** The action's one name everywhere: journal, {@code vicvil log}, the text plan, JSON and totals: {@code create-client}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the blast-radius guard counts it ({@code safety.max_ends}). */
    public boolean isEnd() {
        return this == END_SERVICE || this == DISABLE_ONU;
    }

    /**
     * Whether it is mail or its marker (DESIGN §3 "Order within a unit"): it comes after every network action of its
     * unit, and its failure holds none of them back.
     */
    public boolean isMail() {
        return this == SEND_WELCOME || this == MARK_WELCOMED;
    }
}
