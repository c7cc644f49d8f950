/*
 * fsutil.c - directory creation, atomic replacement of files, and
 * reading or moving a whole file (see fsutil.h).
 */
#include "config.h"
#include "base/fsutil.h"
#include "base/xalloc.h"
#include "base/strbuf.h"

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
			*err = xasprintf("cannot create directory '%s': %s", p,
					 strerror(errno));
			ok = false;
		} else if (stat(p, &st) != 0 || !S_ISDIR(st.st_mode)) {
			*err = xasprintf("'%s' exists and is not a directory", p);
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

/* Write a temporary file beside path, then rename it over path. */
bool fs_write_atomic(const char *path, const char *data, size_t len,
		     char **err)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	char *tmp = xasprintf("%s.tmp.XXXXXX", path);
	int fd;
	size_t done = 0;
	bool ok = true;

	if (slash && slash != dir) {
		*slash = '\0';
		if (!fs_mkdirs(dir, err)) {
			free(dir);
			free(tmp);
			return false;
		}
	}
	free(dir);
	fd = mkstemp(tmp);
	if (fd < 0) {
		*err = xasprintf("cannot create '%s': %s", tmp, strerror(errno));
		free(tmp);
		return false;
	}
	while (done < len && ok) {
		ssize_t n = write(fd, data + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			*err = xasprintf("cannot write '%s': %s", tmp,
					 strerror(n < 0 ? errno : ENOSPC));
			ok = false;
		} else {
			done += (size_t)n;
		}
	}
	/* mkstemp makes the file 0600; give it the mode a plain create
	 * would have, so reports are as readable as any other output. */
	if (ok && fchmod(fd, 0666 & ~current_umask()) != 0) {
		*err = xasprintf("cannot set mode of '%s': %s", tmp,
				 strerror(errno));
		ok = false;
	}
	if (close(fd) != 0 && ok) {
		*err = xasprintf("cannot write '%s': %s", tmp, strerror(errno));
		ok = false;
	}
	if (ok && rename(tmp, path) != 0) {
		*err = xasprintf("cannot rename '%s' to '%s': %s", tmp, path,
				 strerror(errno));
		ok = false;
	}
	if (!ok)
		unlink(tmp);
	free(tmp);
	return ok;
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
		*err = xasprintf("cannot move '%s' to '%s': %s", from, to,
				 strerror(errno));
		return false;
	}
	data = fs_read_file(from, &len);
	if (!data) {
		*err = xasprintf("cannot read '%s': %s", from, strerror(errno));
		return false;
	}
	ok = fs_write_atomic(to, data, len, err);
	free(data);
	if (ok)
		unlink(from);
	return ok;
}
