package io.github.cls4j.cli.command;

import picocli.CommandLine;

/** The version written in the manifest of cls.jar, for {@code --version}; "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"cls4j " + (version == null ? "(development)" : version)};
    }
}
