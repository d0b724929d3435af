package io.gantry.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a root file system holds below its root, in a form two trees can be compared by: every path with
 * its type, mode bits, owner, content digest, link target and (for regular files) size and modification
 * second, plus which paths are hard links of each other. Symlinks are never followed.
 */
public record TreeSnapshot(SortedMap<String, TreeEntry> entries, Set<Set<String>> hardLinks) {

    /** @param contentOrTarget a regular file's sha256, a symlink's target, a device's rdev, else "" */
    public record TreeEntry(String type, String mode, int uid, int gid, long size, String contentOrTarget,
            long modifiedSecond) {
    }

    public static TreeSnapshot of(Path root) {
        SortedMap<String, TreeEntry> entries = new TreeMap<>();
        Map<Object, Set<String>> byInode = new HashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(path -> !path.equals(root)).toList()) {
                String name = root.relativize(path).toString();
                Map<String, Object> stat = Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS);
                entries.put(name, entry(path, stat));
                if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    byInode.computeIfAbsent(stat.get("ino"), ino -> new TreeSet<>()).add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tree " + root, e);
        }
        Set<Set<String>> hardLinks = byInode.values().stream().filter(names -> names.size() > 1)
                .collect(Collectors.toSet());
        return new TreeSnapshot(entries, hardLinks);
    }

    /** The entries that differ, one line each, or an empty list. */
    public List<String> differencesFrom(TreeSnapshot other) {
        Set<String> names = new TreeSet<>(entries.keySet());
        names.addAll(other.entries.keySet());
        Stream<String> entryDiffs = names.stream().filter(name -> !Objects.equals(entries.get(name),
                other.entries.get(name))).map(name -> name + ": " + entries.get(name) + " vs " + other.entries.get(name));
        Stream<String> linkDiffs = hardLinks.equals(other.hardLinks) ? Stream.empty()
                : Stream.of("hard links: " + hardLinks + " vs " + other.hardLinks);
        return Stream.concat(entryDiffs, linkDiffs).toList();
    }

    private static TreeEntry entry(Path path, Map<String, Object> stat) throws IOException {
        int mode = (Integer) stat.get("mode");
        int uid = (Integer) stat.get("uid");
        int gid = (Integer) stat.get("gid");
        String permissions = Integer.toOctalString(mode & 07777);
        return switch (mode & 0170000) {
            case 0100000 -> new TreeEntry("file", permissions, uid, gid, (Long) stat.get("size"), sha256(path),
                    ((FileTime) stat.get("lastModifiedTime")).toInstant().getEpochSecond());
            case 0120000 -> new TreeEntry("symlink", permissions, uid, gid, 0,
                    Files.readSymbolicLink(path).toString(), 0);
            case 0040000 -> new TreeEntry("directory", permissions, uid, gid, 0, "", 0);
            default -> new TreeEntry("special " + Integer.toOctalString(mode & 0170000), permissions, uid, gid, 0,
                    String.valueOf(stat.get("rdev")), 0);
        };
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
