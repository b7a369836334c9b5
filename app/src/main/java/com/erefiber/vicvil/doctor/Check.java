package com.erefiber.vicvil.doctor;

/** One line of the doctor's checklist: a name and a probe that returns what it found or throws what is wrong. */
public record Check(String name, Probe probe) {

    /** The work of a check: returns a short description of what is fine, or throws with what is wrong. */
    @FunctionalInterface
    public interface Probe {
        String run() throws Exception;
    }
}
