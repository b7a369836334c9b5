package com.erefiber.vicvil.mail;

/** A file attached to a mail: its name, MIME type (e.g. {@code text/csv; charset=UTF-8}) and content. */
public record Attachment(String fileName, String contentType, byte[] content) {
    public Attachment {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
