package org.iwtraining.conventions.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.conventions.paging.Keyset;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The {@code audit_event} table each service creates in its own database (a Flyway migration of its own): one
 * row a request, written with plain JDBC on the service's datasource so that inside a transaction it is part of
 * that transaction. The trail has no update or delete for clients; a row is only completed (its outcome, the
 * people it concerned) by the request that wrote it.
 */
@ApplicationScoped
public class AuditTrail {

    private static final String UPSERT = """
            insert into audit_event (request_id, at, subject, roles, client_id, operation, change, record_kind, record_id,
                person_ids, outcome)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (request_id) do update set
                outcome = coalesce(excluded.outcome, audit_event.outcome),
                person_ids = array(select distinct p from unnest(audit_event.person_ids || excluded.person_ids) p order by p)
            """;

    private final DataSource dataSource;

    public AuditTrail(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes or completes the request's row in the transaction under way. */
    void write(AuditEntry entry) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(UPSERT)) {
            insert.setObject(1, entry.requestId());
            insert.setTimestamp(2, Timestamp.from(entry.at()));
            insert.setString(3, entry.subject());
            insert.setArray(4, connection.createArrayOf("text", entry.roles().stream().sorted().toArray()));
            insert.setString(5, entry.clientId());
            insert.setString(6, entry.operation());
            insert.setBoolean(7, entry.change());
            insert.setString(8, entry.recordKind());
            insert.setString(9, entry.recordId());
            insert.setArray(10, connection.createArrayOf("text", entry.personIds().stream().sorted().toArray()));
            if (entry.outcome() == null) {
                insert.setNull(11, Types.INTEGER);
            } else {
                insert.setInt(11, entry.outcome());
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the audit trail could not be written", e);
        }
    }

    /**
     * A change the service makes by itself (a scheduled job), written in the transaction under way: its subject
     * is {@code job:<name>}, its operation {@code JOB <name>}; it has no status, answering no request.
     */
    public void recordJob(String job, Instant at, String recordKind, String recordId, Set<String> personIds) {
        write(new AuditEntry(UUID.randomUUID(), at, "job:" + job, Set.of(), null, "JOB " + job, true, recordKind, recordId,
                personIds, null));
    }

    /**
     * Writes or completes the request's row after the request's work ended, outside any transaction: the one
     * statement commits by itself (autocommit), so a read's row costs one round trip to the database where a
     * transaction of its own cost two (BEGIN with the insert, then COMMIT).
     */
    void writeAlone(AuditEntry entry) {
        QuarkusTransaction.suspendingExisting().run(() -> write(entry));
    }

    /** The trail, oldest first, filtered; every filter optional. */
    public Page<AuditEvent> find(String subject, String personId, Instant from, Instant to, PageRequest page) {
        StringBuilder sql = new StringBuilder("select id, request_id, at, subject, roles, client_id, operation, change,"
                + " record_kind, record_id, person_ids, outcome from audit_event where true");
        List<Object> values = new ArrayList<>();
        if (subject != null) {
            sql.append(" and subject = ?");
            values.add(subject);
        }
        if (personId != null) {
            sql.append(" and person_ids @> array[?]::text[]");
            values.add(personId);
        }
        if (from != null) {
            sql.append(" and at >= ?");
            values.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" and at < ?");
            values.add(Timestamp.from(to));
        }
        Keyset after = Keyset.after(page).orElse(null);
        if (after != null) {
            sql.append(" and (at, id) > (?, ?)");
            values.add(Timestamp.from(after.instant()));
            values.add(Long.valueOf(after.id()));
        }
        sql.append(" order by at, id limit ").append(page.fetchSize());
        return QuarkusTransaction.joiningExisting().call(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < values.size(); i++) {
                    query.setObject(i + 1, values.get(i));
                }
                List<AuditEvent> rows = new ArrayList<>();
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        rows.add(event(result));
                    }
                }
                return page.page(rows, row -> Keyset.key(row.at(), row.id()), row -> row);
            }
        });
    }

    /** Every row about one person, oldest first, up to {@code max}: a person's export includes them. */
    public List<AuditEvent> aboutPerson(String personId, int max) {
        List<AuditEvent> rows = new ArrayList<>();
        String cursor = null;
        do {
            Page<AuditEvent> page = find(null, personId, null, null, PageRequest.of(PageRequest.MAX_LIMIT, cursor));
            rows.addAll(page.items());
            cursor = page.next();
        } while (cursor != null && rows.size() < max);
        return rows;
    }

    private static AuditEvent event(ResultSet row) throws SQLException {
        return new AuditEvent(String.valueOf(row.getLong("id")), (UUID) row.getObject("request_id"),
                row.getTimestamp("at").toInstant(), row.getString("subject"), texts(row.getArray("roles")),
                row.getString("client_id"), row.getString("operation"), row.getBoolean("change"),
                row.getString("record_kind"), row.getString("record_id"), texts(row.getArray("person_ids")),
                (Integer) row.getObject("outcome"));
    }

    private static Set<String> texts(Array array) throws SQLException {
        return array == null ? Set.of() : new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
    }
}
