package org.iwtraining.console.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The console's own settings (application.properties, {@code console.*}). */
@ConfigMapping(prefix = "console")
public interface ConsoleConfig {

    /** Rows on one page of a long list (sessions, people): the services page with a cursor, so does the console. */
    @WithDefault("25")
    int pageSize();
}
