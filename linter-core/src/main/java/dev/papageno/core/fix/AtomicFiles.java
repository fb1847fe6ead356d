package dev.papageno.core.fix;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;

/**
 * Replaces a file's content so that readers see either the old bytes or the new, never half.
 *
 * <p>The new bytes go to a temporary file beside the target, named
 * {@code .<pid>-<n>.papageno-tmp} (short, whatever the length of the target's name), which gets
 * the target's owner, group and mode (setuid, setgid and sticky bits included) and is flushed to
 * disk. Just before it is renamed over the target, the target is checked once more: the same file
 * (device and inode), the same size and modification time and the same bytes as when it was read;
 * otherwise nothing is replaced. The window that remains is the time between that last check and
 * the rename, a few system calls.
 *
 * <p>Temporary files are deleted when writing fails, when the process is stopped by SIGINT or
 * SIGTERM (a shutdown hook), and, for a process that was killed outright, by the next run that
 * writes into the same folder (files of this name whose process is gone).
 */
public final class AtomicFiles {

    /** The suffix of every temporary file. */
    public static final String TEMP_SUFFIX = ".papageno-tmp";

    private static final java.util.regex.Pattern TEMP_NAME = java.util.regex.Pattern.compile(
            "\\.(\\d{1,10})-\\d{1,19}" + java.util.regex.Pattern.quote(TEMP_SUFFIX));
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile boolean hookInstalled;

    private AtomicFiles() {
    }

    /** Called with the target after the temporary copy is on disk, just before the last check: a test seam. */
    @FunctionalInterface
    public interface BeforeRename {
        /** No pause. */
        BeforeRename NONE = target -> { };

        void run(Path target) throws IOException;
    }

    /** Writes the body of a new file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The target changed between the moment it was read and the rename; nothing was replaced. */
    public static final class ChangedException extends IOException {
        private static final long serialVersionUID = 1L;

        ChangedException(String message) {
            super(message);
        }
    }

    /**
     * What a file was when it was read: its identity and its bytes.
     *
     * @param file  the file (not a symbolic link)
     * @param attrs its attributes, read without following links
     * @param bytes its content
     */
    public record Snapshot(Path file, PosixFileAttributes attrs, byte[] bytes) {

        /** Reads the attributes, then the bytes, then the attributes again; a file that moved meanwhile is an error. */
        public static Snapshot of(Path file) throws IOException {
            PosixFileAttributes before = attributes(file);
            byte[] bytes = Files.readAllBytes(file);
            PosixFileAttributes after = attributes(file);
            if (!sameFile(before, after) || after.size() != bytes.length) {
                throw new ChangedException("it changed while it was being read");
            }
            return new Snapshot(file, after, bytes);
        }

        /** How many names (hard links) the file has. */
        public int links() {
            try {
                Object n = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
                return n instanceof Integer i ? i : 1;
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                return 1;
            }
        }

        /** The file's identity (device and inode where the system has them). */
        public Object key() {
            return attrs.fileKey() != null ? attrs.fileKey() : file;
        }
    }

    /**
     * Replaces the file of {@code was} with {@code bytes}, keeping its owner, group and mode, as long
     * as it is still what {@code was} saw just before the rename.
     *
     * @throws ChangedException when the file changed (another name, size, time or content)
     */
    public static void replace(Snapshot was, byte[] bytes, BeforeRename seam) throws IOException {
        Path real = was.file();
        Path dir = real.toAbsolutePath().getParent();
        removeStale(dir);
        Path tmp = create(dir, true);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            keepOwnerAndMode(was, tmp);
            seam.run(real);
            PosixFileAttributes now = attributes(real);
            if (!sameFile(was.attrs(), now) || now.size() != was.bytes().length
                    || !now.lastModifiedTime().equals(was.attrs().lastModifiedTime())
                    || !Arrays.equals(Files.readAllBytes(real), was.bytes())) {
                throw new ChangedException("it changed while it was being fixed; not fixed");
            }
            move(tmp, real);
        } finally {
            Files.deleteIfExists(tmp);
            OPEN.remove(tmp);
        }
    }

    /**
     * Replaces a file (a symbolic link is followed to its file) with {@code bytes}, as
     * {@link #replace(Snapshot, byte[], BeforeRename)} does from a snapshot taken now.
     */
    public static void replace(Path target, byte[] bytes) throws IOException {
        replace(Snapshot.of(target.toRealPath()), bytes, BeforeRename.NONE);
    }

    /** Writes a new file (a report) atomically: the old one stays whole if writing fails. */
    public static void write(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        removeStale(dir);
        Path tmp = create(dir, false);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(ch)) {
                body.writeTo(new java.io.BufferedOutputStream(out, 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
                ch.force(true);
            }
            if (Files.exists(target)) {
                PosixFileAttributeView to = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
                PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
                if (from != null && to != null) {
                    to.setPermissions(from.readAttributes().permissions());
                }
            }
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
            OPEN.remove(tmp);
        }
    }

    /**
     * Deletes temporary files of this tool in a folder whose process is gone (left by a run that was
     * killed). Failures are ignored: they are only a tidy-up.
     */
    public static void removeStale(Path dir) {
        if (dir == null) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + "*" + TEMP_SUFFIX)) {
            for (Path f : files) {
                Matcher m = TEMP_NAME.matcher(f.getFileName().toString());
                if (!m.matches() || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                long pid = Long.parseLong(m.group(1));
                boolean alive = pid == ProcessHandle.current().pid() ? OPEN.contains(f)
                        : ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed keeps its leftovers
        }
    }

    /**
     * Creates the temporary file: readable by its owner only when it will hold a copy of a draft
     * (it gets the draft's mode before the rename), with the usual mode (umask) for a new report.
     */
    private static Path create(Path dir, boolean ownerOnly) throws IOException {
        installHook();
        long pid = ProcessHandle.current().pid();
        while (true) {
            Path tmp = dir.resolve("." + pid + "-" + COUNTER.incrementAndGet() + TEMP_SUFFIX);
            try {
                OPEN.add(tmp);
                if (ownerOnly) {
                    Files.newByteChannel(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                            java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))).close();
                } else {
                    Files.createFile(tmp);
                }
                return tmp;
            } catch (FileAlreadyExistsException e) {
                OPEN.remove(tmp);
            } catch (UnsupportedOperationException e) {
                Files.createFile(tmp);
                return tmp;
            } catch (IOException e) {
                OPEN.remove(tmp);
                throw e;
            }
        }
    }

    /** Owner and group first (changing them clears setuid and setgid), then the full mode. */
    private static void keepOwnerAndMode(Snapshot was, Path tmp) throws IOException {
        PosixFileAttributeView to = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (to == null) {
            return;
        }
        PosixFileAttributes mine = to.readAttributes();
        PosixFileAttributes target = was.attrs();
        try {
            if (!mine.owner().equals(target.owner())) {
                to.setOwner(target.owner());
            }
            if (!mine.group().equals(target.group())) {
                to.setGroup(target.group());
            }
        } catch (IOException e) {
            throw new IOException("cannot give the fixed copy the file's owner and group ("
                    + target.owner().getName() + ":" + target.group().getName() + ")", e);
        }
        try {
            Object mode = Files.getAttribute(was.file(), "unix:mode", LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(tmp, "unix:mode", mode, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            to.setPermissions(target.permissions());
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static PosixFileAttributes attributes(Path file) throws IOException {
        return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    static boolean sameFile(BasicFileAttributes a, BasicFileAttributes b) {
        return a.fileKey() != null ? Objects.equals(a.fileKey(), b.fileKey()) : a.size() == b.size();
    }

    /** On SIGINT and SIGTERM, delete the temporary files still open. */
    private static void installHook() {
        if (hookInstalled) {
            return;
        }
        synchronized (AtomicFiles.class) {
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    for (Path p : OPEN) {
                        try {
                            Files.deleteIfExists(p);
                        } catch (IOException e) {
                            // the process is ending; nothing more to do
                        }
                    }
                }, "papageno-temporary-files"));
                hookInstalled = true;
            }
        }
    }
}
