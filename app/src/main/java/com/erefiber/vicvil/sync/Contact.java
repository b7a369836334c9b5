package com.erefiber.vicvil.sync;

import java.util.Objects;
import java.util.Optional;

import com.erefiber.vicvil.domain.Tenant;

/** A UISP client contact (name, email, phone), observed or to be written. */
public record Contact(String name, Optional<String> email, Optional<String> phone) {

    public Contact {
        name = name == null ? "" : name.strip();
        email = Objects.requireNonNull(email, "email").map(String::strip).filter(text -> !text.isEmpty());
        phone = Objects.requireNonNull(phone, "phone").map(String::strip).filter(text -> !text.isEmpty());
    }

    /** The contact vicvil writes for a tenant. */
    public static Contact of(Tenant tenant) {
        return new Contact(tenant.fullName(), tenant.email(), tenant.phone());
    }

    /** Whether this contact already stands for {@code tenant}: the same email, or, without email, the same name. */
    public boolean standsFor(Tenant tenant) {
        if (tenant.email().isPresent()) {
            return email.map(mine -> mine.equalsIgnoreCase(tenant.email().get())).orElse(false);
        }
        return name.equalsIgnoreCase(tenant.fullName());
    }
}
