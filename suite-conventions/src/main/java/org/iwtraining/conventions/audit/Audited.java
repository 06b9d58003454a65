package org.iwtraining.conventions.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Puts a resource operation on the audit trail: every change (in the same transaction as the change) and every
 * read of people's data, with who asked, the record and the people it concerned, and the outcome. Never the
 * request body: personal fields stay out of the trail.
 */
@InterceptorBinding
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    /** The kind of record the operation reads or changes: {@code person}, {@code session}, {@code case}. */
    @Nonbinding
    String kind();

    /** The name of the method parameter that holds the record's id, if one does. */
    @Nonbinding
    String id() default "";

    /** The name of the method parameter that holds the id of the person concerned, if one does. */
    @Nonbinding
    String person() default "";

    /**
     * A read whose answer shows people's data to some askers only (a session shows a coordinator the attendees'
     * access needs): it is recorded only when its answer concerned people ({@link ConcernsPeople}), so the other
     * reads write nothing. Changes are always recorded.
     */
    @Nonbinding
    boolean onlyWhenConcerningPeople() default false;
}
