/* SPDX-License-Identifier: Apache-2.0 */
/*
 * cleanup.c - the paths removed at exit (see cleanup.h): a fixed array,
 * so that neither registering nor removing needs memory; and the removal
 * of a tree itself, which the staging and the charts use too. The
 * workers of a run register their temporary files at once: a mutex
 * guards the array (it allocates nothing either).
 */
#include "config.h"
#include "base/cleanup.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

/* Remove the entries of the directory open as fd (taken), depth first,
 * through file descriptors: no path is built, so nothing is allocated
 * (but by the C library's readdir) and no link is followed. */
static void remove_entries(int fd)
{
	DIR *d = fdopendir(fd);
	struct dirent *e;

	if (!d) {
		close(fd);
		return;
	}
	while ((e = readdir(d))) {
		int sub;
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		if (unlinkat(dirfd(d), e->d_name, 0) == 0 || errno != EISDIR)
			continue;
		sub = openat(dirfd(d), e->d_name,
			     O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (sub >= 0)
			remove_entries(sub);
		unlinkat(dirfd(d), e->d_name, AT_REMOVEDIR);
	}
	closedir(d);
}

/* Remove path and what is under it; a link is removed, not followed.
 * Allocates nothing through xalloc, so cleanup_run may use it when
 * memory is exhausted. */
void fs_remove_tree(const char *path)
{
	struct stat st;
	int fd;

	if (lstat(path, &st) != 0)
		return;
	if (!S_ISDIR(st.st_mode)) {
		unlink(path);
		return;
	}
	fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd >= 0)
		remove_entries(fd);
	rmdir(path);
}

static struct {
	const char *path;
	pid_t owner;
} entries[CLEANUP_MAX];
static pthread_mutex_t entries_lock = PTHREAD_MUTEX_INITIALIZER;

/* Register path in the first free slot. */
void cleanup_add(const char *path)
{
	pthread_mutex_lock(&entries_lock);
	for (size_t i = 0; i < CLEANUP_MAX; i++)
		if (!entries[i].path) {
			entries[i].path = path;
			entries[i].owner = getpid();
			break;
		}
	pthread_mutex_unlock(&entries_lock);
}

/* Forget path. */
void cleanup_remove(const char *path)
{
	pthread_mutex_lock(&entries_lock);
	for (size_t i = 0; i < CLEANUP_MAX; i++)
		if (entries[i].path == path)
			entries[i].path = NULL;
	pthread_mutex_unlock(&entries_lock);
}

/* Remove path; again, a few times, while something is still there (a
 * worker may have been writing into it when the exit began, until its
 * next allocation stopped it: base/xalloc.c). */
static void remove_at_exit(const char *path)
{
	for (int tries = 0; tries < 5; tries++) {
		fs_remove_tree(path);
		if (access(path, F_OK) != 0)
			return;
		usleep(10000);
	}
}

/* Remove what this process registered and still holds. */
void cleanup_run(void)
{
	pid_t self = getpid();

	pthread_mutex_lock(&entries_lock);
	for (size_t i = CLEANUP_MAX; i-- > 0;) {
		if (!entries[i].path || entries[i].owner != self)
			continue;
		remove_at_exit(entries[i].path);
		entries[i].path = NULL;
	}
	pthread_mutex_unlock(&entries_lock);
}
