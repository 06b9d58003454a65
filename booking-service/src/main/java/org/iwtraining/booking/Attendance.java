package org.iwtraining.booking;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What one person did on a session, part by part; walk-ins have attendance without a booking. */
@Entity
@IdClass(Attendance.Key.class)
public class Attendance extends PanacheEntityBase {

    @Id
    public String sessionId;
    @Id
    public String personId;
    @Enumerated(EnumType.STRING)
    public AttendanceStatus status;
    /** The part numbers (from 1) attended, comma separated. */
    public String parts;
    public Instant recordedAt;

    public List<Integer> partList() {
        return parts.isEmpty() ? List.of() : Arrays.stream(parts.split(",")).map(Integer::valueOf).toList();
    }

    public static String joinParts(List<Integer> parts) {
        return parts.stream().sorted().distinct().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static class Key implements Serializable {
        public String sessionId;
        public String personId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sessionId, k.sessionId) && Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, personId);
        }
    }
}
