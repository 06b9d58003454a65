package org.iwtraining.booking.people;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Agency;
import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.DomainException;

/** Agencies, keyed by the HR system's code. */
@ApplicationScoped
@Transactional
public class AgencyService {

    public record Upserted<T>(T value, boolean created) {
    }

    public Agency create(AgencyDetails request) {
        if (request.code() == null || request.code().isBlank()) {
            throw DomainException.invalid("code", "must not be blank");
        }
        if (Agency.findById(request.code()) != null) {
            throw DomainException.conflict("AGENCY_EXISTS", "Agency exists", "Agency '" + request.code() + "' already exists; PUT changes it");
        }
        Agency agency = new Agency();
        agency.code = request.code();
        agency.name = request.name();
        agency.sector = request.sector();
        agency.persist();
        return agency;
    }

    public Upserted<Agency> upsert(String code, String ifMatch, AgencyDetails request) {
        if (request.code() != null && !request.code().equals(code)) {
            throw DomainException.invalid("code", "differs from the code in the path");
        }
        Agency agency = Agency.findById(code);
        boolean created = agency == null;
        if (created) {
            agency = new Agency();
            agency.code = code;
        } else {
            Preconditions.checkIfMatch(ifMatch, agency.version);
        }
        agency.name = request.name();
        agency.sector = request.sector();
        agency.persist();
        Agency.flush();
        return new Upserted<>(agency, created);
    }

    public Optional<Agency> find(String code) {
        return Agency.findByIdOptional(code);
    }

    public Page<Agency> list(PageRequest page) {
        List<Agency> rows = page.after() == null
                ? Agency.find("order by code").page(0, page.fetchSize()).list()
                : Agency.find("code > ?1 order by code", page.after()).page(0, page.fetchSize()).list();
        return page.page(rows, a -> a.code, a -> a);
    }
}
