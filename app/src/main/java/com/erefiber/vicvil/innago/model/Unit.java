package com.erefiber.vicvil.innago.model;

/** One unit of a property: Innago gives only its uid and name (the apartment number, e.g. "4"). */
public record Unit(String propertyUnitUid, String name) {}
