package vn.vetflow.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Versions administrators published at /admin/catalogue, in table {@code catalogue_version}. Every read asks
 * the database which rows exist, so every node of a cluster sees a version as soon as it is committed; only
 * the parsed rows are remembered, by row id, and rows never change once written. Within one transaction
 * the rows are read once: a dossier's step asks the catalogue several times, and the answer cannot change
 * under it in a way it should see.
 */
@Component
public class PublishedVersions {

    /** A published version with who published it and when. */
    public record Published(long id, String procedureId, int version, LocalDate effectiveFrom, String yaml,
                            String publishedBy, Instant publishedAt) {
    }

    private final JdbcTemplate jdbc;
    private final CatalogueLoader loader;
    private final Map<Long, ProcedureVersion> parsed = new ConcurrentHashMap<>();

    PublishedVersions(JdbcTemplate jdbc, CatalogueLoader loader) {
        this.jdbc = jdbc;
        this.loader = loader;
    }

    /** Every published row, oldest first. */
    public List<Published> all() {
        return jdbc.query("select id, procedure_id, version, effective_from, yaml, published_by, published_at"
                        + " from catalogue_version order by procedure_id, effective_from, id",
                (rs, i) -> new Published(rs.getLong("id"), rs.getString("procedure_id"), rs.getInt("version"),
                        rs.getObject("effective_from", LocalDate.class), rs.getString("yaml"),
                        rs.getString("published_by"), rs.getTimestamp("published_at").toInstant()));
    }

    /** The published versions, checked as at startup, oldest first. */
    List<ProcedureVersion> versions() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read();
        }
        @SuppressWarnings("unchecked")
        List<ProcedureVersion> known = (List<ProcedureVersion>) TransactionSynchronizationManager.getResource(this);
        if (known == null) {
            known = read();
            TransactionSynchronizationManager.bindResource(this, known);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PublishedVersions.this);
                }
            });
        }
        return known;
    }

    /**
     * Asks for the rows' ids only, and reads the rows themselves (their YAML) only when one is new to this node:
     * the question is asked in every transaction that files or moves a dossier, and the table grows with every
     * publication.
     */
    private List<ProcedureVersion> read() {
        List<Long> ids = jdbc.queryForList("select id from catalogue_version order by procedure_id, effective_from,"
                + " id", Long.class);
        if (!parsed.keySet().containsAll(ids)) {
            all().forEach(row -> parsed.computeIfAbsent(row.id(), id -> parse(row)));
        }
        // A row deleted meanwhile (by hand: vetflow never deletes one) is left out rather than failing.
        return ids.stream().map(parsed::get).filter(Objects::nonNull).toList();
    }

    void insert(ProcedureVersion version, String yaml, String publishedBy, Instant at) {
        // The transaction that publishes sees its own version from now on.
        TransactionSynchronizationManager.unbindResourceIfPossible(this);
        jdbc.update("insert into catalogue_version (procedure_id, version, effective_from, yaml, published_by,"
                        + " published_at) values (?, ?, ?, ?, ?, ?)", version.procedureId(), version.version(),
                version.effectiveFrom(), yaml, publishedBy, Timestamp.from(at));
    }

    private ProcedureVersion parse(Published row) {
        return loader.loadWithDraft(row.procedureId(), List.of(), row.yaml()).versions().get(0);
    }
}
