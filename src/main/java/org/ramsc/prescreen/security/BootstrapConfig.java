package org.ramsc.prescreen.security;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The first admin of a new installation ({@code APP_BOOTSTRAP_ADMIN_USERNAME},
 * {@code APP_BOOTSTRAP_ADMIN_PASSWORD}); deliberately without defaults (see {@link BootstrapAdmin}).
 */
@ConfigMapping(prefix = "app.bootstrap")
public interface BootstrapConfig {

    Optional<String> adminUsername();

    Optional<String> adminPassword();
}
