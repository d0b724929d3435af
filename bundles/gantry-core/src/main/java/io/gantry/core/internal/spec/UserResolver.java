package io.gantry.core.internal.spec;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.oci.User;
import io.gantry.core.internal.files.RootfsPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns Docker's --user ("uid", "uid:gid", "name", "name:group", empty for root) into numeric ids, reading
 * names from the container's own /etc/passwd and /etc/group. Without an explicit group, the user's
 * supplementary groups from /etc/group are added, as runc does.
 */
public final class UserResolver {
    private record Account(String name, int uid, int gid) {
    }

    private record Group(String name, int gid, List<String> members) {
    }

    private UserResolver() {
    }

    public static User resolve(String spec, Path rootfs) {
        String userPart = spec == null || spec.isEmpty() ? "0" : spec;
        String groupPart = null;
        int colon = userPart.indexOf(':');
        if (colon >= 0) {
            groupPart = userPart.substring(colon + 1);
            userPart = userPart.substring(0, colon);
        }
        List<Account> accounts = read(rootfs, "/etc/passwd").stream().map(UserResolver::account)
                .flatMap(Optional::stream).toList();
        List<Group> groups = read(rootfs, "/etc/group").stream().map(UserResolver::group)
                .flatMap(Optional::stream).toList();
        Account account = findAccount(userPart, accounts);
        User user = new User();
        user.uid = account.uid();
        user.gid = account.gid();
        if (groupPart != null && !groupPart.isEmpty()) {
            user.gid = findGroup(groupPart, groups);
        } else if (account.name() != null) {
            List<Integer> extra = groups.stream().filter(g -> g.members().contains(account.name()))
                    .map(Group::gid).filter(gid -> gid != user.gid).distinct().toList();
            user.additionalGids = extra.isEmpty() ? null : extra;
        }
        return user;
    }

    /**
     * --group-add: group names looked up in the container's /etc/group, numbers taken as they are.
     *
     * @throws InvalidArgumentException for a name the container does not know, as Docker says it at start
     */
    static List<Integer> groupIds(List<String> names, Path rootfs) {
        List<Group> groups = read(rootfs, "/etc/group").stream().map(UserResolver::group)
                .flatMap(Optional::stream).toList();
        List<Integer> ids = new ArrayList<>();
        for (String name : names) {
            ids.add(isNumber(name) ? parseId(name, "group") : groups.stream().filter(g -> g.name().equals(name))
                    .findFirst().map(Group::gid).orElseThrow(() -> new InvalidArgumentException(
                            "Unable to find group " + name + ": no matching entries in group file")));
        }
        return ids;
    }

    /** @throws InvalidArgumentException for a group number out of range */
    static void checkGroupNumbers(List<String> names) {
        names.stream().filter(UserResolver::isNumber).forEach(number -> parseId(number, "group"));
    }

    private static Account findAccount(String user, List<Account> accounts) {
        if (isNumber(user)) {
            int uid = parseId(user, "user");
            return accounts.stream().filter(a -> a.uid() == uid).findFirst()
                    .orElse(new Account(null, uid, 0));
        }
        return accounts.stream().filter(a -> a.name().equals(user)).findFirst().orElseThrow(() ->
                new InvalidArgumentException("unable to find user " + user + ": no matching entries in passwd file"));
    }

    private static int findGroup(String group, List<Group> groups) {
        if (isNumber(group)) {
            return parseId(group, "group");
        }
        return groups.stream().filter(g -> g.name().equals(group)).findFirst().map(Group::gid).orElseThrow(() ->
                new InvalidArgumentException("unable to find group " + group + ": no matching entries in group file"));
    }

    /** A passwd line "name:x:uid:gid:..."; malformed lines are skipped, as libc does. */
    private static Optional<Account> account(String line) {
        String[] fields = line.split(":", -1);
        if (fields.length < 4 || !isId(fields[2]) || !isId(fields[3])) {
            return Optional.empty();
        }
        return Optional.of(new Account(fields[0], Integer.parseInt(fields[2]), Integer.parseInt(fields[3])));
    }

    /** A group line "name:x:gid:member,member". */
    private static Optional<Group> group(String line) {
        String[] fields = line.split(":", -1);
        if (fields.length < 3 || !isId(fields[2])) {
            return Optional.empty();
        }
        List<String> members = fields.length > 3 && !fields[3].isEmpty() ? List.of(fields[3].split(",")) : List.of();
        return Optional.of(new Group(fields[0], Integer.parseInt(fields[2]), members));
    }

    private static List<String> read(Path rootfs, String file) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(RootfsPath.resolve(rootfs, file),
                LinkOption.NOFOLLOW_LINKS)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.trim());
                }
            }
        } catch (NoSuchFileException e) {
            return lines;
        } catch (IOException e) {
            throw new InvalidArgumentException("cannot read " + file + " of the container: " + e.getMessage(), e);
        }
        return lines;
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }

    private static boolean isId(String text) {
        return isNumber(text) && (text.length() < 10 || text.compareTo("2147483647") <= 0 && text.length() == 10);
    }

    private static int parseId(String text, String kind) {
        if (!isId(text)) {
            throw new InvalidArgumentException("invalid " + kind + " id " + text + ": out of range");
        }
        return Integer.parseInt(text);
    }
}
