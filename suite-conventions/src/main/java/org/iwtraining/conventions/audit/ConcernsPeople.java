package org.iwtraining.conventions.audit;

import java.util.Collection;

/**
 * A response (a view) that carries people's data: the audit trail records whose, so a search by person finds
 * a list read too. Pages and collections of such views are looked into.
 */
public interface ConcernsPeople {

    Collection<String> personIds();
}
