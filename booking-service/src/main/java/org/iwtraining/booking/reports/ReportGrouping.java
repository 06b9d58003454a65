package org.iwtraining.booking.reports;

/** What the completions report groups people by. */
public enum ReportGrouping {
    /** The person's agency (code). */
    AGENCY("p.agency_code"),
    /** The agency's sector. */
    SECTOR("a.sector"),
    /** The person's audience (Appendix 1 row). */
    AUDIENCE("p.audience"),
    /** Everyone in the record together: one row per module. */
    MODULE("'ALL'");

    private final String column;

    ReportGrouping(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
