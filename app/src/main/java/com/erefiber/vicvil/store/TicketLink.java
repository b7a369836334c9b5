package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.UnitKey;

/**
 * An Innago maintenance request and the UISP ticket vicvil made for it, with the status each side had when vicvil
 * last looked or wrote ({@code innagoOpen}: listed as new, old or reopened; {@code uispSolved}: status 3).
 */
public record TicketLink(
        String maintenanceUid, long uispTicketId, UnitKey unit, boolean innagoOpen, boolean uispSolved) {}
