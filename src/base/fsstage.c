/* SPDX-License-Identifier: Apache-2.0 */
/*
 * fsstage.c - staged, folder-at-a-time publishing of a run's outputs
 * (see fsstage.h). Linux: renameat2(RENAME_EXCHANGE) swaps a folder in,
 * syncfs flushes its files, flock keeps concurrent runs apart.
 */
#include "config.h"
#include "base/fsstage.h"
#include "base/cleanup.h"
#include "base/fsutil.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "base/i18n.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

/* Is path an existing file that is neither regular nor a directory? */
bool fs_is_special(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && !S_ISREG(st.st_mode) &&
	       !S_ISDIR(st.st_mode);
}

/* Create one directory below an existing one; a symbolic link (or
 * anything but a directory) already there is an error. */
static bool mkdir_one(const char *path, char **err)
{
	struct stat st;

	if (mkdir(path, 0777) != 0 && errno != EEXIST) {
		*err = xasprintf(_("cannot create directory '%s': %s"), path,
				 strerror(errno));
		return false;
	}
	if (lstat(path, &st) != 0 || S_ISLNK(st.st_mode) ||
	    !S_ISDIR(st.st_mode)) {
		*err = xasprintf(_("'%s' is %s; expected a directory (gapscore "
				   "does not follow symbolic links inside the "
				   "output directory)"), path,
				 S_ISLNK(st.st_mode) ? _("a symbolic link")
						     : _("not a directory"));
		return false;
	}
	return true;
}

/* mkdir -p base/rel, each component below base checked with lstat. */
bool fs_mkdirs_below(const char *base, const char *rel, char **err)
{
	char *path = xasprintf("%s/%s", base, rel);
	size_t start = strlen(base) + 1;
	bool ok = true;

	for (size_t i = start; ok && path[i - 1]; i++) {
		char c = path[i];
		if (c != '/' && c != '\0')
			continue;
		path[i] = '\0';
		ok = mkdir_one(path, err);
		path[i] = c;
	}
	free(path);
	return ok;
}

/* Take the lock of outdir (a flock on the directory itself, so no
 * file is left behind); a second run gets a message. */
static bool take_lock(struct fs_stage *st, char **err)
{
	st->lock_fd = open(st->outdir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (st->lock_fd < 0) {
		*err = xasprintf(_("cannot open '%s': %s"), st->outdir,
				 strerror(errno));
	} else if (flock(st->lock_fd, LOCK_EX | LOCK_NB) != 0) {
		*err = errno == EWOULDBLOCK
		       ? xasprintf(_("'%s' is being written by another gapscore "
				     "run; wait for it to finish, or write into "
				     "another directory"), st->outdir)
		       : xasprintf(_("cannot lock '%s': %s"), st->outdir,
				   strerror(errno));
		close(st->lock_fd);
		st->lock_fd = -1;
	}
	return st->lock_fd >= 0;
}

/* Remove the staging directories a killed run left in outdir (safe: the
 * lock is held, so no other run is using one). */
static void remove_stale(const char *outdir)
{
	DIR *d = opendir(outdir);
	struct dirent *e;

	while (d && (e = readdir(d))) {
		char *p;
		if (strncmp(e->d_name, ".gapscore-stage.", 16))
			continue;
		p = xasprintf("%s/%s", outdir, e->d_name);
		fs_remove_tree(p);
		free(p);
	}
	if (d)
		closedir(d);
}

/* Create outdir, take its lock, make the staging directory. */
bool fs_stage_open(struct fs_stage *st, const char *outdir, char **err)
{
	memset(st, 0, sizeof(*st));
	st->lock_fd = -1;
	st->outdir = xstrdup(outdir);
	if (!fs_mkdirs(outdir, err) || !take_lock(st, err)) {
		fs_stage_close(st);
		return false;
	}
	remove_stale(outdir);
	st->dir = xasprintf("%s/.gapscore-stage.XXXXXX", outdir);
	if (!mkdtemp(st->dir)) {
		*err = xasprintf(_("cannot create a staging directory in '%s': "
				   "%s"), outdir, strerror(errno));
		free(st->dir);
		st->dir = NULL;
		fs_stage_close(st);
		return false;
	}
	cleanup_add(st->dir);
	return true;
}

/* Remove what is left of the staging directory; release the lock. */
void fs_stage_close(struct fs_stage *st)
{
	for (size_t i = 0; i < st->npending; i++) {
		free(st->pending[i].staged);
		free(st->pending[i].final);
	}
	free(st->pending);
	if (st->dir) {
		fs_remove_tree(st->dir);
		cleanup_remove(st->dir);
	}
	if (st->lock_fd >= 0)
		close(st->lock_fd);
	free(st->dir);
	free(st->outdir);
	memset(st, 0, sizeof(*st));
	st->lock_fd = -1;
}

/* A fresh folder in the staging area (caller frees the path). */
char *fs_stage_folder(struct fs_stage *st, char **err)
{
	char *path = xasprintf("%s/%u", st->dir, st->next++);

	if (mkdir(path, 0777) != 0) {
		*err = xasprintf(_("cannot create '%s': %s"), path,
				 strerror(errno));
		free(path);
		return NULL;
	}
	return path;
}

/* Flush the file system holding dir to disk. */
static bool sync_dir(const char *dir, char **err)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	bool ok = fd >= 0 && syncfs(fd) == 0;

	if (!ok)
		*err = xasprintf(_("cannot flush '%s' to disk: %s"), dir,
				 strerror(errno));
	if (fd >= 0)
		close(fd);
	return ok;
}

/* Queue staged (taken) to replace outdir/rel at commit; create its
 * parents now, so that the commit has nothing left to allocate. */
bool fs_stage_add(struct fs_stage *st, char *staged, const char *rel,
		  char **err)
{
	char *parent = xstrdup(rel), *slash = strrchr(parent, '/');
	bool ok = true;

	if (slash) {
		*slash = '\0';
		ok = fs_mkdirs_below(st->outdir, parent, err);
	}
	free(parent);
	if (!ok) {
		free(staged);
		return false;
	}
	GROW(st->pending, st->pending_cap, st->npending + 1);
	st->pending[st->npending].staged = staged;
	st->pending[st->npending].final = xasprintf("%s/%s", st->outdir, rel);
	st->npending++;
	return true;
}

/* Swap one queued folder in: an exchange when an older folder is there
 * (the older one then sits at p->staged), else a rename. Allocates only
 * for an error. */
static bool swap_in(struct fs_pending *p, char **err)
{
	struct stat sb;

	if (lstat(p->final, &sb) != 0) {
		if (rename(p->staged, p->final) == 0) {
			p->exchanged = false;
			return true;
		}
		*err = xasprintf(_("cannot create '%s': %s"), p->final,
				 strerror(errno));
		return false;
	}
	if (S_ISLNK(sb.st_mode)) {
		*err = xasprintf(_("'%s' is a symbolic link; expected a directory "
				   "(gapscore does not follow symbolic links "
				   "inside the output directory)"), p->final);
		return false;
	}
	if (renameat2(AT_FDCWD, p->staged, AT_FDCWD, p->final,
		      RENAME_EXCHANGE) != 0) {
		*err = xasprintf(_("cannot replace '%s': %s"), p->final,
				 strerror(errno));
		return false;
	}
	p->exchanged = true;
	return true;
}

/* Flush, then swap every queued folder in and remove the older ones
 * (see fsstage.h). */
bool fs_stage_commit(struct fs_stage *st, char **err)
{
	size_t done = 0;
	bool ok = st->npending == 0 || sync_dir(st->dir, err);

	while (ok && done < st->npending)
		if ((ok = swap_in(&st->pending[done], err)))
			done++;
	for (size_t i = 0; i < done; i++)
		if (st->pending[i].exchanged)
			fs_remove_tree(st->pending[i].staged);
	return ok;
}
