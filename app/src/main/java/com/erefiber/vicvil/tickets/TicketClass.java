package com.erefiber.vicvil.tickets;

/** What a maintenance request is to vicvil (DESIGN §2, Tickets). */
public enum TicketClass {
    /** An internet problem: forwarded to UISP. */
    INTERNET,
    /** A request to change the internet package: the plan is changed (or a person decides when it is unclear). */
    UPGRADE,
    /** Anything else (plumbing, appliances, …): stays in Innago. */
    OTHER
}
