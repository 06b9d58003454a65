package org.iwtraining.booking;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The first response to a POST sent with an Idempotency-Key; a null status means it is still running. */
@Entity
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    @Column(name = "idem_key")
    public String idemKey;
    @Id
    public String scope;
    public String requestHash;
    public Integer status;
    public String body;
    public String location;
    public String contentType;
    public String etag;
    public Instant createdAt;

    public static class Key implements Serializable {
        public String idemKey;
        public String scope;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(idemKey, k.idemKey) && Objects.equals(scope, k.scope);
        }

        @Override
        public int hashCode() {
            return Objects.hash(idemKey, scope);
        }
    }
}
