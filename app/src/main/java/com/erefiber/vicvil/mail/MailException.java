package com.erefiber.vicvil.mail;

import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;

/** An email was not accepted by the SMTP server (temporary by nature: the next run tries again). */
public class MailException extends VicvilException {
    public MailException(String message, Throwable cause) {
        super(ExitCodes.TEMPFAIL, message, cause);
    }
}
