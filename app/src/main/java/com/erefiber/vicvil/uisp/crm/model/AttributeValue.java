package com.erefiber.vicvil.uisp.crm.model;

/**
 * A custom attribute value to write on a client or service: {@code {customAttributeId, value}}. Values are
 * strings (numbers as text, booleans "0"/"1"); on a service PATCH a null value removes the attribute, so a
 * null value is sent as JSON null.
 */
public record AttributeValue(long customAttributeId, String value) {}
