package com.erefiber.vicvil.error;

/** A controlled failure: its message is shown to the operator as one line and its code is the exit code. */
public class VicvilException extends RuntimeException {
    private final int exitCode;

    public VicvilException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public VicvilException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The process exit code this failure maps to (see {@link ExitCodes}). */
    public int exitCode() {
        return exitCode;
    }
}
