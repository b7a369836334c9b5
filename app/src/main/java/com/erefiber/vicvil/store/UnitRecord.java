package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.UnitKey;
import java.time.Instant;

/** A stored unit: its ids and when vicvil last wrote them. */
public record UnitRecord(UnitKey unit, UnitIds ids, Instant updatedAt) {}
