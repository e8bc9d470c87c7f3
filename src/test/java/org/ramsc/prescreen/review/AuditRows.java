package org.ramsc.prescreen.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads the audit trail in tests. */
public final class AuditRows {

    public record Row(String actor, String action, String targetType, String targetId, String detail) {
    }

    private AuditRows() {
    }

    public static List<Row> forTarget(DataSource dataSource, String targetId) throws SQLException {
        return query(dataSource, "SELECT actor, action, target_type, target_id, detail FROM audit_event"
                + " WHERE target_id = ? ORDER BY id", targetId);
    }

    public static List<Row> forAction(DataSource dataSource, String action) throws SQLException {
        return query(dataSource, "SELECT actor, action, target_type, target_id, detail FROM audit_event"
                + " WHERE action = ? ORDER BY id", action);
    }

    private static List<Row> query(DataSource dataSource, String sql, String param) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, param);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        return rows;
    }
}
