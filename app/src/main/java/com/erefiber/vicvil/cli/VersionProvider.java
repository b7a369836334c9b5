package com.erefiber.vicvil.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VicvilCommand.class.getPackage().getImplementationVersion();
        return new String[] {"vicvil " + (version == null ? "(development build)" : version)};
    }
}
