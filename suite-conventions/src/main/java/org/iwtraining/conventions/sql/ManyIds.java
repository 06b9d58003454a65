package org.iwtraining.conventions.sql;

import java.util.Collection;

/**
 * Many ids as one array parameter, for native SQL's {@code = any(?1)}: one statement, one bind parameter and one
 * plan whatever the number of ids, where an {@code in (…)} list needs a statement per {@link Chunks} piece (an
 * {@code in} list with a collection parameter expands to one bind parameter per element). PostgreSQL's driver binds
 * a {@code String[]} as a {@code varchar[]}.
 */
public final class ManyIds {

    private ManyIds() {
    }

    public static String[] of(Collection<String> ids) {
        return ids.toArray(String[]::new);
    }
}
