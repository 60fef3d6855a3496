package io.github.cls4j.samples.security;

import java.io.File;
import java.io.FilePermission;
import java.net.SocketPermission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs code under a security manager that lets it read the files it is given and what the JVM
 * loads classes from (the class path, the JDK), and denies and records every other file access
 * (read, write, delete, execute), every socket (resolve, connect, listen, accept) and so every
 * process start. Other permissions are granted: the guard is about the outside world, not about
 * reflection or properties.
 *
 * <p>Watched are the thread that calls {@link #run} and any thread running code of cls4j or of
 * the libraries it validates with, should they hand work to a pool; other threads (the test
 * runner's own) are left alone. {@code SecurityManager} is deprecated for removal and can be
 * installed on JDK 17 to 23 only ({@code -Djava.security.manager=allow} from 18 on).
 */
@SuppressWarnings("removal")
final class IoGuard {

    /** Code whose accesses count on any thread: cls4j and what it reads and validates with. */
    private static final List<String> WATCHED_CODE = List.of("io.github.cls4j.", "org.drools.", "org.kie.",
            "tools.jackson.", "org.hibernate.validator.", "jakarta.validation.");

    private final Set<Path> readableFiles;
    private final List<Path> readableTrees;
    private final List<String> denials = new CopyOnWriteArrayList<>();

    private IoGuard(Set<Path> readableFiles, List<Path> readableTrees) {
        this.readableFiles = readableFiles;
        this.readableTrees = readableTrees;
    }

    /** A guard that lets code read {@code inputs}, the class path and the JDK, and nothing else. */
    static IoGuard allowingReadsOf(Collection<Path> inputs) {
        Set<Path> files = new LinkedHashSet<>();
        inputs.forEach(f -> files.addAll(spellings(f)));
        List<Path> trees = new ArrayList<>();
        // java.class.path is the test class path even when surefire starts the JVM from a
        // manifest-only jar, which it names in surefire.real.class.path.
        for (String property : List.of("java.class.path", "surefire.real.class.path")) {
            for (String entry : System.getProperty(property, "").split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    trees.addAll(spellings(Path.of(entry)));
                }
            }
        }
        trees.addAll(spellings(Path.of(System.getProperty("java.home"))));
        return new IoGuard(Set.copyOf(files), List.copyOf(trees));
    }

    /** Every access denied so far, e.g. {@code java.io.FilePermission "/tmp/x" "write" on main at ...}. */
    List<String> denials() {
        return List.copyOf(denials);
    }

    /**
     * Runs {@code action} under the guard and removes the guard after it, even if it fails; a
     * denied access is recorded, then raised as a {@link SecurityException} in the code that
     * attempted it.
     */
    <T> T run(Supplier<T> action) {
        Manager manager = new Manager(Thread.currentThread());
        // Loads the classes of the checks before the guard is on, so that loading them is not checked.
        manager.decide(new FilePermission(System.getProperty("java.home"), "read"));
        System.setSecurityManager(manager);
        try {
            return action.get();
        } finally {
            System.setSecurityManager(null);
        }
    }

    private boolean mayRead(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return readableFiles.contains(p) || readableTrees.stream().anyMatch(p::startsWith);
    }

    /** The path as written, absolute, and as the file system resolves its links: a JVM uses either. */
    private static Set<Path> spellings(Path path) {
        Set<Path> spellings = new LinkedHashSet<>();
        Path absolute = path.toAbsolutePath().normalize();
        spellings.add(absolute);
        try {
            if (Files.exists(absolute)) {
                spellings.add(absolute.toRealPath());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return spellings;
    }

    private final class Manager extends SecurityManager {

        private final Thread guarded;
        /** Set while this manager checks: what its own work loads is not the guarded code's. */
        private final ThreadLocal<Boolean> checking = ThreadLocal.withInitial(() -> false);

        Manager(Thread guarded) {
            this.guarded = guarded;
        }

        @Override
        public void checkPermission(Permission permission) {
            if (!(permission instanceof FilePermission || permission instanceof SocketPermission) || checking.get()) {
                return;
            }
            checking.set(true);
            try {
                if (watched() && !decide(permission)) {
                    String denial = permission + " on " + Thread.currentThread().getName() + " at " + caller();
                    denials.add(denial);
                    throw new SecurityException("Denied by IoGuard: " + denial);
                }
            } finally {
                checking.set(false);
            }
        }

        @Override
        public void checkPermission(Permission permission, Object context) {
            checkPermission(permission);
        }

        /** Whether {@code permission} is granted: only the reads of the allowed files and trees are. */
        boolean decide(Permission permission) {
            if (!(permission instanceof FilePermission) || !"read".equals(permission.getActions())) {
                return false;
            }
            String name = permission.getName();
            if (name.equals("<<ALL FILES>>")) {
                return false;
            }
            // "dir/-" and "dir/*" ask for what is under dir (class loaders ask so for a folder).
            if (name.endsWith(File.separator + "-") || name.endsWith(File.separator + "*")) {
                name = name.substring(0, name.length() - 2);
            }
            return mayRead(Path.of(name));
        }

        private boolean watched() {
            return Thread.currentThread() == guarded || StackWalker.getInstance().walk(frames -> frames
                    .anyMatch(f -> WATCHED_CODE.stream().anyMatch(f.getClassName()::startsWith)));
        }

        /** The first frames outside the JDK and this guard: who asked. */
        private String caller() {
            return StackWalker.getInstance().walk(frames -> frames
                    .map(StackWalker.StackFrame::toStackTraceElement)
                    .filter(f -> !f.getClassName().startsWith("java.") && !f.getClassName().startsWith("sun.")
                            && !f.getClassName().startsWith("jdk.") && !f.getClassName().startsWith(IoGuard.class.getName()))
                    .limit(3)
                    .map(StackTraceElement::toString)
                    .collect(Collectors.joining(" < ")));
        }
    }
}
