package org.iwtraining.console.sessions;

import java.time.YearMonth;

/**
 * What the sessions list is narrowed to; null members do not narrow it. Without a month the list starts today.
 *
 * @param hasSpace only sessions with a confirmed place still free
 */
public record SessionFilter(String process, String module, YearMonth month, boolean hasSpace) {
}
