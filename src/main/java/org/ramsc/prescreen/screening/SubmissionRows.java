package org.ramsc.prescreen.screening;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The submission table as a send reads it in plain SQL, like {@link DraftRows}: inside the send's
 * transaction a statement runs on its connection. A Panache {@code count} built, bound and ran an
 * HQL query for this, and flushed the session first: 5 % of a journey profile. The
 * {@code Submission} entity stays for storing a submission and for the staff's pages.
 */
@ApplicationScoped
public class SubmissionRows {

    @Inject AgroalDataSource dataSource;

    /** Whether a submission already has this reference code. */
    boolean referenceCodeTaken(String code) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT EXISTS (SELECT 1 FROM submission WHERE reference_code = ?)")) {
            statement.setString(1, code);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("submission query failed", e);
        }
    }
}
