package com.erefiber.vicvil.leases;

import com.erefiber.vicvil.domain.Tenant;
import com.erefiber.vicvil.mail.Mailer;
import java.util.Objects;
import java.util.Optional;

/** A UISP client contact (name, email, phone), observed or to be written. */
public record Contact(String name, Optional<String> email, Optional<String> phone) {

    public Contact {
        name = name == null ? "" : name.strip();
        email = Objects.requireNonNull(email, "email").map(String::strip).filter(text -> !text.isEmpty());
        phone = Objects.requireNonNull(phone, "phone").map(String::strip).filter(text -> !text.isEmpty());
    }

    /** The contact vicvil writes for a tenant. */
    public static Contact of(Tenant tenant) {
        return new Contact(tenant.fullName(), usableEmail(tenant), tenant.phone());
    }

    /** Whether this contact already stands for {@code tenant}: the same email, or, without email, the same name. */
    public boolean standsFor(Tenant tenant) {
        Optional<String> theirs = usableEmail(tenant);
        if (theirs.isPresent()) {
            return email.map(mine -> mine.equalsIgnoreCase(theirs.get())).orElse(false);
        }
        return name.equalsIgnoreCase(tenant.fullName());
    }

    /**
     * A tenant's email as a contact may carry it: a malformed one ("bo chen@example.test") is left out, since a CRM
     * that refuses it would refuse the whole client, and with it the household's service (the welcome planning
     * reports it).
     */
    private static Optional<String> usableEmail(Tenant tenant) {
        return tenant.email().filter(Mailer::isValidAddress);
    }
}
