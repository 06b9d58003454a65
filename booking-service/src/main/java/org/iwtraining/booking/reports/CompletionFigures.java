package org.iwtraining.booking.reports;

import java.math.BigDecimal;

/**
 * People trained in one module in the period, in one group.
 *
 * @param group the agency code, sector or audience; {@code ALL} when grouped by module alone
 * @param trained distinct people who completed the module in the period (leavers included)
 * @param people the people of the group in the record now (leavers left out)
 * @param coverage of those people, the share who completed the module in the period (0 to 1); null with no one in the group
 */
public record CompletionFigures(String group, String moduleRef, long trained, long people, BigDecimal coverage) {
}
