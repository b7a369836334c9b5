package com.erefiber.vicvil.uisp.crm.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A service suspension reason ({@code ServiceSuspensionReasonReadOnly}). */
public record SuspensionReason(@JsonProperty(required = true) long id, String name) {}
