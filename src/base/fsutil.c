/* SPDX-License-Identifier: Apache-2.0 */
/*
 * fsutil.c - directory creation, atomic replacement of files, and
 * reading or moving a whole file (see fsutil.h).
 */
#include "config.h"
#include "base/fsutil.h"
#include "base/cleanup.h"
#include "base/xalloc.h"
#include "base/strbuf.h"
#include "base/i18n.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Create each missing directory of path in turn; an existing one is fine. */
bool fs_mkdirs(const char *path, char **err)
{
	char *p = xstrdup(path);
	size_t len = strlen(p);
	bool ok = true;

	for (size_t i = 1; i <= len && ok; i++) {
		struct stat st;
		if (p[i] != '/' && p[i] != '\0')
			continue;
		p[i] = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			*err = xasprintf(_("cannot create directory '%s': %s"), p,
					 strerror(errno));
			ok = false;
		} else if (stat(p, &st) != 0 || !S_ISDIR(st.st_mode)) {
			*err = xasprintf(_("'%s' exists and is not a directory"), p);
			ok = false;
		}
		if (i < len)
			p[i] = '/';
	}
	free(p);
	return ok;
}

/* The process umask (reading it means setting it, then back). */
static mode_t current_umask(void)
{
	mode_t mask = umask(022);
	umask(mask);
	return mask;
}

/* Open a temporary file beside path (its directory created) to be
 * renamed over path by fs_atomic_commit. */
bool fs_atomic_open(struct fs_atomic *f, const char *path, char **err)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	int fd;

	memset(f, 0, sizeof(*f));
	if (slash && slash != dir) {
		*slash = '\0';
		if (!fs_mkdirs(dir, err)) {
			free(dir);
			return false;
		}
	}
	free(dir);
	f->tmp = xasprintf("%s.tmp.XXXXXX", path);
	fd = mkstemp(f->tmp);
	if (fd < 0) {
		*err = xasprintf(_("cannot create '%s': %s"), f->tmp,
				 strerror(errno));
		free(f->tmp);
		f->tmp = NULL;
		return false;
	}
	cleanup_add(f->tmp);
	f->fp = fdopen(fd, "wb");
	if (!f->fp) {
		*err = xasprintf(_("cannot write '%s': %s"), f->tmp,
				 strerror(errno));
		close(fd);
		unlink(f->tmp);
		cleanup_remove(f->tmp);
		free(f->tmp);
		f->tmp = NULL;
		return false;
	}
	f->path = xstrdup(path);
	return true;
}

/* Give the file the mode a plain create would (mkstemp makes it 0600),
 * close it and rename it over the target. */
bool fs_atomic_commit(struct fs_atomic *f, char **err)
{
	bool ok = true;

	if (fflush(f->fp) != 0 || ferror(f->fp)) {
		*err = xasprintf(_("cannot write '%s': %s"), f->tmp,
				 strerror(errno ? errno : EIO));
		ok = false;
	}
	if (ok && fchmod(fileno(f->fp), 0666 & ~current_umask()) != 0) {
		*err = xasprintf(_("cannot set mode of '%s': %s"), f->tmp,
				 strerror(errno));
		ok = false;
	}
	if (fclose(f->fp) != 0 && ok) {
		*err = xasprintf(_("cannot write '%s': %s"), f->tmp, strerror(errno));
		ok = false;
	}
	f->fp = NULL;
	if (ok && rename(f->tmp, f->path) != 0) {
		*err = xasprintf(_("cannot rename '%s' to '%s': %s"), f->tmp,
				 f->path, strerror(errno));
		ok = false;
	}
	if (!ok)
		unlink(f->tmp);
	cleanup_remove(f->tmp);
	free(f->tmp);
	free(f->path);
	memset(f, 0, sizeof(*f));
	return ok;
}

/* Drop the temporary file; the target is left as it was. */
void fs_atomic_abort(struct fs_atomic *f)
{
	if (f->fp)
		fclose(f->fp);
	if (f->tmp) {
		unlink(f->tmp);
		cleanup_remove(f->tmp);
	}
	free(f->tmp);
	free(f->path);
	memset(f, 0, sizeof(*f));
}

/* Write len bytes to path atomically, creating its directory. */
bool fs_write_atomic(const char *path, const char *data, size_t len,
		     char **err)
{
	struct fs_atomic f;

	if (!fs_atomic_open(&f, path, err))
		return false;
	if (len && fwrite(data, 1, len, f.fp) != len) {
		*err = xasprintf(_("cannot write '%s': %s"), f.tmp,
				 strerror(errno ? errno : ENOSPC));
		fs_atomic_abort(&f);
		return false;
	}
	return fs_atomic_commit(&f, err);
}

/* The directory part of path (caller frees), or NULL for none. */
static char *parent_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash && slash != path ? xstrndup(path, (size_t)(slash - path))
				      : NULL;
}

/* Read the whole file into a strbuf, whatever its size. */
char *fs_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct strbuf sb;
	char buf[65536];
	size_t n;

	if (!f)
		return NULL;
	strbuf_init(&sb);
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(&sb, buf, n);
	if (ferror(f)) {
		fclose(f);
		strbuf_release(&sb);
		return NULL;
	}
	fclose(f);
	if (len)
		*len = sb.len;
	return strbuf_detach(&sb);
}

/* Rename; across file systems, copy atomically and remove the source. */
bool fs_move(const char *from, const char *to, char **err)
{
	char *dir = parent_dir(to);
	char *data;
	size_t len;
	bool ok;

	if (dir && !fs_mkdirs(dir, err)) {
		free(dir);
		return false;
	}
	free(dir);
	if (rename(from, to) == 0)
		return true;
	if (errno != EXDEV) {
		*err = xasprintf(_("cannot move '%s' to '%s': %s"), from, to,
				 strerror(errno));
		return false;
	}
	data = fs_read_file(from, &len);
	if (!data) {
		*err = xasprintf(_("cannot read '%s': %s"), from, strerror(errno));
		return false;
	}
	ok = fs_write_atomic(to, data, len, err);
	free(data);
	if (ok)
		unlink(from);
	return ok;
}
