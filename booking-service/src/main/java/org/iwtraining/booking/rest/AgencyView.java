package org.iwtraining.booking.rest;

import org.iwtraining.booking.Agency;
import org.iwtraining.booking.Sector;

public record AgencyView(String code, String name, Sector sector, long version) {

    public static AgencyView from(Agency agency) {
        return new AgencyView(agency.code, agency.name, agency.sector, agency.version);
    }
}
