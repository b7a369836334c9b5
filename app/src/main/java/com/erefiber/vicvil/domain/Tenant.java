package com.erefiber.vicvil.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A person on a lease, as Innago lists them. {@code uid} is Innago's tenant uid; the first tenant of a lease
 * becomes the UISP client's {@code userIdent}. Names may be blank (Innago fields are nullable).
 */
public record Tenant(String uid, String firstName, String lastName, Optional<String> email, Optional<String> phone) {

    public Tenant {
        Objects.requireNonNull(uid, "uid");
        firstName = firstName == null ? "" : firstName.strip();
        lastName = lastName == null ? "" : lastName.strip();
        email = Objects.requireNonNull(email, "email").map(String::strip).filter(text -> !text.isEmpty());
        phone = Objects.requireNonNull(phone, "phone").map(String::strip).filter(text -> !text.isEmpty());
    }

    /** "First Last", or whichever part is known. */
    public String fullName() {
        return (firstName + " " + lastName).strip();
    }
}
