package com.erefiber.vicvil.cli;

/** Sets slf4j-simple's level from -q/-v before the first logger exists. */
final class Logging {
    private Logging() {}

    static void configure(boolean quiet, boolean verbose) {
        String level = quiet ? "error" : verbose ? "debug" : "info";
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
    }
}
