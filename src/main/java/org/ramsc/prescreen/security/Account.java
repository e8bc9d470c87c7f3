package org.ramsc.prescreen.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A staff member who signs in to the review or admin pages. The password is a bcrypt hash in
 * Modular Crypt Format, the default that {@link Password} expects.
 */
@Entity
@Table(name = "account")
@UserDefinition
public class Account extends PanacheEntityBase {

    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";

    @Id
    public UUID id;

    @Username
    public String username;

    @Password
    public String passwordHash;

    /** {@code staff} or {@code staff,admin}: admins can do everything staff can. */
    @Roles
    public String roles;

    public boolean enabled;
    public boolean mustChangePassword;
    public Instant createdAt;
    public Instant passwordChangedAt;
    public Instant lastLoginAt;
    public int failedLogins;
    public Instant lastFailedLoginAt;

    public boolean isAdmin() {
        return roleList().contains(ADMIN);
    }

    public List<String> roleList() {
        return List.of(roles.split(","));
    }

    /** The roles column for a new account: an admin gets both roles. */
    public static String rolesFor(boolean admin) {
        return admin ? STAFF + "," + ADMIN : STAFF;
    }

    /** Names are compared in lower case; what people type is normalised the same way. */
    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", normalise(username)).firstResultOptional();
    }

    public static List<Account> listByUsername() {
        return list("order by username");
    }
}
