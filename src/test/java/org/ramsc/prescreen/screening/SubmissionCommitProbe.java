package org.ramsc.prescreen.screening;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ramsc.prescreen.submission.SubmissionStored;

/**
 * Reads, inside the transaction that stores a submission, where its {@code synchronous_commit}
 * comes from: a draft's step sets it off for its own transaction ({@code SET LOCAL}, source
 * "session"), a submission's transaction never does. (The tests' throwaway
 * server runs without waiting for the disk at all, so the value alone would prove nothing here.)
 */
@ApplicationScoped
public class SubmissionCommitProbe {

    @Inject AgroalDataSource dataSource;

    private final List<String> seen = new CopyOnWriteArrayList<>();

    void during(@Observes SubmissionStored stored) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT source FROM pg_settings WHERE name = 'synchronous_commit'")) {
            rs.next();
            seen.add(rs.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the last submission's transaction had its setting from: "session" if it set it itself. */
    String lastSource() {
        return seen.isEmpty() ? null : seen.get(seen.size() - 1);
    }
}
