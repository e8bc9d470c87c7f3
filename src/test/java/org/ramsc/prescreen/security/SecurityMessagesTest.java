package org.ramsc.prescreen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;

/** The sign-in and admin texts exist in all three languages, and every key the pages use is there. */
class SecurityMessagesTest {

    private static final List<String> TEMPLATES = List.of("LoginResource", "PasswordResource", "AdminUsersResource",
            "AdminAuditResource", "tags/staffnav.html", "tags/textfield.html", "tags/errorsummary.html");
    private static final Pattern LITERAL_KEY = Pattern.compile("'((?:security|admin)\\.[a-z0-9_.]+)'");
    /** Keys that the code picks at run time: problems of forms, and labels built from action codes. */
    private static final List<String> KEYS_FROM_CODE = List.of(
            "security.password.required", "security.password.too_short", "security.password.too_long",
            "security.password.same_as_username", "security.password.too_common",
            "security.password.same_as_current", "security.password.repeat_mismatch",
            "security.password.current_required", "security.password.current_wrong",
            "admin.users.username.required", "admin.users.username.invalid", "admin.users.username.taken",
            "admin.users.cannot_disable_self", "admin.users.role.staff", "admin.users.role.admin",
            "admin.users.done.created", "admin.users.done.disabled", "admin.users.done.enabled",
            "admin.users.done.reset", "admin.audit.date.invalid", "admin.audit.date.order",
            "admin.audit.action.unknown");

    @ParameterizedTest
    @ValueSource(strings = {"security", "admin"})
    void everyLanguageHasEveryKeyOfTheBundle(String bundle) {
        Set<String> english = read(bundle + ".properties").stringPropertyNames();
        assertThat(english).isNotEmpty();
        assertThat(read(bundle + "_zh_Hans.properties").stringPropertyNames()).isEqualTo(english);
        assertThat(read(bundle + "_zh_Hant.properties").stringPropertyNames()).isEqualTo(english);
        for (String suffix : List.of("", "_zh_Hans", "_zh_Hant")) {
            Properties texts = read(bundle + suffix + ".properties");
            texts.stringPropertyNames().forEach(key ->
                    assertThat(texts.getProperty(key)).as("%s%s: %s", bundle, suffix, key).isNotBlank());
        }
    }

    @Test
    void everyKeyThePagesAndCodeUseExistsInEveryLanguage() throws IOException {
        Set<String> used = new HashSet<>(KEYS_FROM_CODE);
        for (String template : TEMPLATES) {
            Path path = Path.of("src/main/resources/templates", template);
            try (Stream<Path> files = Files.isDirectory(path) ? Files.list(path) : Stream.of(path)) {
                for (Path file : files.toList()) {
                    Matcher matcher = LITERAL_KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        AuditLog.ACTIONS.forEach(action -> used.add("admin.audit.action." + action));
        assertThat(used).hasSizeGreaterThan(60);
        for (Lang lang : Lang.values()) {
            for (String key : used) {
                assertThat(Messages.get().has(lang, key)).as("%s in %s", key, lang).isTrue();
            }
        }
    }

    @Test
    void traditionalChineseUsesTaiwanAndHongKongWording() {
        Properties hant = read("security_zh_Hant.properties");
        String all = String.join(" ", hant.stringPropertyNames().stream().map(hant::getProperty).toList());
        assertThat(all).contains("帳號", "密碼", "登入").doesNotContain("账", "码", "登录", "帐户");
    }

    private static Properties read(String name) {
        Properties properties = new Properties();
        try (InputStream in = SecurityMessagesTest.class.getClassLoader().getResourceAsStream("messages/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
