package org.ramsc.prescreen.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Files that only the app's user may read (mode 0600): the embedded database's passwords and the
 * generated session key. Created with that mode from the start, never widened afterwards.
 */
public final class SecretFiles {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFiles() {
    }

    /** 32 random bytes as base64url: 43 characters with no ':' or '\' (safe in a pgpass line and in SQL). */
    public static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Writes a new file readable by its owner only; fails if it already exists. */
    public static void createOwnerOnly(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
            restrictToOwnerWithoutPosix(file);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Reads the file, first taking away any access an operator gave to group or others. */
    public static String readOwnerOnly(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException notPosix) {
            restrictToOwnerWithoutPosix(file);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /**
     * On a file system without POSIX permissions (Windows), the closest the JDK offers: read and
     * write for the owner only, taken away from everyone else.
     */
    private static void restrictToOwnerWithoutPosix(Path file) throws IOException {
        java.io.File handle = file.toFile();
        boolean restricted = handle.setReadable(false, false) && handle.setReadable(true, true)
                && handle.setWritable(false, false) && handle.setWritable(true, true);
        if (!restricted) {
            throw new IOException("cannot restrict " + file + " to its owner");
        }
    }

    /** The file's content, generating a random secret into it on first use. */
    public static String readOrCreateSecret(Path file) throws IOException {
        if (!Files.exists(file)) {
            try {
                createOwnerOnly(file, randomSecret() + "\n");
            } catch (FileAlreadyExistsException startedTogether) {
                // another process wrote it first: use theirs
            }
        }
        return readOwnerOnly(file).strip();
    }
}
