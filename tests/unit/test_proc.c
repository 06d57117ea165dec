/* test_proc.c -- spawning children: exactly the descriptors given, errors
 * that name the step, groups that are waited for. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/proc.h"
#include "util/util.h"

/* Everything the child's fd 1 printed, until EOF. */
static char *read_all(int fd)
{
    buf b = {0};
    char chunk[4096];
    ssize_t n;
    while ((n = read(fd, chunk, sizeof chunk)) > 0)
        buf_append(&b, chunk, (size_t)n);
    buf_append(&b, "", 1);
    return buf_steal(&b);
}

/* The child lists its open descriptors; a descriptor the server holds open
 * without close-on-exec (a leak elsewhere in the server) must not be among
 * them. */
static void test_only_given_fds(void **state)
{
    int out[2];
    assert_int_equal(pipe(out), 0);
    int leak = dup2(out[1], 100); /* no O_CLOEXEC: inherited unless closed */
    assert_int_equal(leak, 100);
    char *argv[] = {"/bin/sh", "-c", "cd /proc/self/fd && echo *", NULL};
    proc_spec s = {.argv = argv, .fds = {-1, out[1], -1, -1, -1}, .uid = (uid_t)-1};
    char err[256] = "";
    pid_t pid = proc_spawn(&s, "lister", err, sizeof err);
    assert_true(pid > 0);
    close(out[1]);
    close(leak);
    char *text = read_all(out[0]);
    close(out[0]);
    int st;
    assert_int_equal(waitpid(pid, &st, 0), pid);
    assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    /* 0..4 as given, and the one the shell's glob opened to read the folder
     * (its number is the lowest free one: 5 or above, never 100). */
    assert_non_null(strstr(text, "0 1 2 3 4"));
    assert_null(strstr(text, "100"));
    free(text);
}

static void test_missing_program(void **state)
{
    char *argv[] = {"/nonexistent/program", NULL};
    proc_spec s = {.argv = argv, .fds = {-1, -1, -1, -1, -1}, .uid = (uid_t)-1};
    char err[256] = "";
    assert_int_equal(proc_spawn(&s, "helper", err, sizeof err), -1);
    assert_non_null(strstr(err, "cannot start the helper"));
    assert_non_null(strstr(err, "/nonexistent/program not found"));
}

static void test_bad_dir(void **state)
{
    char *argv[] = {"/bin/true", NULL};
    proc_spec s = {
        .argv = argv, .fds = {-1, -1, -1, -1, -1}, .uid = (uid_t)-1, .dir = "/nonexistent/dir"};
    char err[256] = "";
    assert_int_equal(proc_spawn(&s, "helper", err, sizeof err), -1);
    assert_non_null(strstr(err, "No such file or directory"));
}

/* A group leader and a grandchild in its group: one kill(-pgid) and the
 * wait leave nothing of the group. */
static void test_group_wait(void **state)
{
    char *argv[] = {"/bin/sh", "-c", "sleep 30 & sleep 30", NULL};
    proc_spec s = {.argv = argv, .fds = {-1, -1, -1, -1, -1}, .uid = (uid_t)-1};
    char err[256] = "";
    pid_t pid = proc_spawn(&s, "sleeper", err, sizeof err);
    assert_true(pid > 0);
    assert_int_equal(getpgid(pid), pid);
    util_sleep_ms(50);
    kill(-pid, SIGKILL);
    waitpid(pid, NULL, 0);
    proc_group_wait(pid, 3000);
    /* The grandchild is not ours to reap (no subreaper here), but it is
     * dead or a zombie of init's: either way the group is gone or dying. */
    int alive = 0;
    for (int i = 0; i < 100 && (alive = kill(-pid, 0) == 0); i++)
        util_sleep_ms(10);
    assert_false(alive);
}

/* proc_group_scan finds a group's processes by an argument, whole, with
 * NULs or spaces around it (Chromium joins its arguments with spaces when
 * it rewrites its title). */
static void test_group_scan(void **state)
{
    char *argv[] = {"/bin/sh", "-c", "sleep 30; :", "--type=renderer", NULL};
    proc_spec s = {.argv = argv, .fds = {-1, -1, -1, -1, -1}, .uid = (uid_t)-1};
    char err[256] = "";
    pid_t pid = proc_spawn(&s, "scanned", err, sizeof err);
    assert_true(pid > 0);
    proc_info procs[8];
    long total = 0;
    /* until the shell's child has become sleep: forked, it is a copy of the
     * shell with the same arguments (seconds on a busy machine) */
    for (int i = 0; i < 500 && (proc_group_scan(pid, NULL, procs, 8, &total) != 2 ||
                                proc_group_scan(pid, "--type=renderer", procs, 8, &total) != 1);
         i++)
        util_sleep_ms(10);
    assert_int_equal(proc_group_scan(pid, "--type=renderer", procs, 8, &total), 1);
    assert_int_equal(procs[0].pid, pid);
    assert_true(total > 0);
    assert_int_equal(proc_group_scan(pid, "--type=rend", procs, 8, &total), 0);
    assert_int_equal(proc_group_scan(pid, NULL, procs, 8, &total), 2); /* and its sleep */
    kill(-pid, SIGKILL);
    waitpid(pid, NULL, 0);
    proc_group_wait(pid, 3000);
}

/* proc_group_scan reads the leader's tree, grandchildren too; with the
 * leader gone it reads all of /proc and still finds the rest of the group.
 * proc_children: the children alone. */
static void test_group_scan_tree(void **state)
{
    char *argv[] = {"/bin/sh", "-c", "sh -c 'sleep 30; :' & sleep 30; :", NULL};
    proc_spec s = {.argv = argv, .fds = {-1, -1, -1, -1, -1}, .uid = (uid_t)-1};
    char err[256] = "";
    pid_t pid = proc_spawn(&s, "tree", err, sizeof err);
    assert_true(pid > 0);
    proc_info procs[8];
    long total = 0;
    int n = 0;
    for (int i = 0; i < 100 && n < 4; i++) { /* until both shells forked */
        util_sleep_ms(20);
        n = proc_group_scan(pid, NULL, procs, 8, &total);
    }
    assert_int_equal(n, 4); /* sh, its sleep, the inner sh and its sleep */
    pid_t kids[8];
    assert_int_equal(proc_children(pid, kids, 8), 2);  /* its sleep and the inner sh */
    assert_int_equal(proc_children(pid, kids, 1), -1); /* more than max */
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    assert_int_equal(proc_group_scan(pid, NULL, procs, 8, &total), 3);
    kill(-pid, SIGKILL);
    proc_group_wait(pid, 3000);
}

/* The memory watchdog kills a "renderer" of a watched group past the limit
 * and says how big it was; a group under the limit is left alone. */
static void test_memwatch(void **state)
{
    char *argv[] = {"/usr/bin/python3",
                    "-c",
                    "import time\nx = bytearray(b\"\\x01\") * (300 << 20)\ntime.sleep(30)",
                    "--type=renderer",
                    NULL};
    proc_spec s = {.argv = argv, .fds = {-1, -1, -1, -1, -1}, .uid = (uid_t)-1};
    char err[256] = "";
    if (access(argv[0], X_OK) != 0) skip();
    int64_t t0 = util_now_ms();
    pid_t pid = proc_spawn(&s, "hog", err, sizeof err);
    assert_true(pid > 0);
    assert_int_equal(proc_memwatch_add(pid, 100), 0);
    int st = 0;
    assert_int_equal(waitpid(pid, &st, 0), pid); /* killed long before its 30 s */
    assert_true(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);
    assert_true(proc_memwatch_killed(pid, t0) >= 100); /* past the limit */
    assert_int_equal(proc_memwatch_killed(pid, util_now_ms() + 1000), 0);
    proc_memwatch_remove(pid);
    assert_int_equal(proc_memwatch_killed(pid, t0), 0);
    assert_int_equal(proc_memwatch_add(pid, 0), -1);
}

/* A child in a network namespace of its own, as root: an empty one has
 * its loopback down; PROC_NETNS_LOOPBACK brings it up (the script broker's
 * bridge to the egress gate listens there). */
static void test_netns_loopback(void **state)
{
    if (geteuid() != 0 || access("/usr/sbin/ip", X_OK) != 0) skip();
    for (int mode = PROC_NETNS_EMPTY; mode <= PROC_NETNS_LOOPBACK; mode++) {
        int out[2];
        assert_int_equal(pipe(out), 0);
        char *argv[] = {"/usr/sbin/ip", "-o", "link", "show", NULL};
        proc_spec s = {
            .argv = argv, .fds = {-1, out[1], -1, -1, -1}, .netns = mode, .uid = (uid_t)-1};
        char err[256] = "";
        pid_t pid = proc_spawn(&s, "ip", err, sizeof err);
        if (pid < 0) fail_msg("%s", err);
        close(out[1]);
        char *text = read_all(out[0]);
        close(out[0]);
        waitpid(pid, NULL, 0);
        /* only lo, up or not; none of the host's interfaces */
        assert_non_null(strstr(text, ": lo: "));
        assert_null(strstr(text, "2: "));
        if (mode == PROC_NETNS_LOOPBACK)
            assert_non_null(strstr(text, ",UP"));
        else
            assert_null(strstr(text, ",UP"));
        free(text);
    }
}

/* A tree with a link to a folder outside it: the tree goes, the outside
 * stays (the removal follows no link). */
static void test_rm_tree_no_links(void **state)
{
    char root[PATH_MAX], out[PATH_MAX], path[PATH_MAX + 64];
    assert_int_equal(proc_tmpdir(NULL, "test", root, sizeof root), 0);
    assert_int_equal(proc_tmpdir(NULL, "test", out, sizeof out), 0);
    snprintf(path, sizeof path, "%s/keep", out);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fclose(f);
    snprintf(path, sizeof path, "%s/a", root);
    assert_int_equal(mkdir(path, 0700), 0);
    snprintf(path, sizeof path, "%s/a/b", root);
    assert_int_equal(mkdir(path, 0700), 0);
    snprintf(path, sizeof path, "%s/a/b/file", root);
    f = fopen(path, "w");
    assert_non_null(f);
    fclose(f);
    snprintf(path, sizeof path, "%s/a/out", root);
    assert_int_equal(symlink(out, path), 0);
    proc_rm_tree(root);
    assert_int_equal(access(root, F_OK), -1);
    snprintf(path, sizeof path, "%s/keep", out);
    assert_int_equal(access(path, F_OK), 0);
    proc_rm_tree(out);
    assert_int_equal(access(out, F_OK), -1);
}

/* The sweep removes the folders of a process that is gone, and keeps those
 * of a live one and anything not named as proc_tmpdir names. */
static void test_tmp_sweep(void **state)
{
    char base[PATH_MAX], dead[PATH_MAX + 64], live[PATH_MAX + 64], other[PATH_MAX + 64];
    assert_int_equal(proc_tmpdir(NULL, "test", base, sizeof base), 0);
    pid_t child = fork();
    if (child == 0) _exit(0);
    assert_true(child > 0);
    waitpid(child, NULL, 0);
    snprintf(dead, sizeof dead, "%s/browserai-chromium-%ld-Ab12Cd", base, (long)child);
    snprintf(live, sizeof live, "%s/browserai-gate-%ld-Ab12Cd", base, (long)getppid());
    snprintf(other, sizeof other, "%s/browserai-notes-%ld", base, (long)child);
    assert_int_equal(mkdir(dead, 0700), 0);
    assert_int_equal(mkdir(live, 0700), 0);
    assert_int_equal(mkdir(other, 0700), 0);
    char sub[PATH_MAX + 80];
    snprintf(sub, sizeof sub, "%s/Default", dead);
    assert_int_equal(mkdir(sub, 0700), 0);
    assert_int_equal(proc_tmp_sweep(base), 1);
    assert_int_equal(access(dead, F_OK), -1);
    assert_int_equal(access(live, F_OK), 0);
    assert_int_equal(access(other, F_OK), 0);
    proc_rm_tree(base);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_only_given_fds),
        cmocka_unit_test(test_missing_program),
        cmocka_unit_test(test_bad_dir),
        cmocka_unit_test(test_group_wait),
        cmocka_unit_test(test_group_scan),
        cmocka_unit_test(test_group_scan_tree),
        cmocka_unit_test(test_memwatch),
        cmocka_unit_test(test_netns_loopback),
        cmocka_unit_test(test_rm_tree_no_links),
        cmocka_unit_test(test_tmp_sweep),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
