/* SPDX-License-Identifier: Apache-2.0 */
/*
 * fsstage.h - publishing a run's outputs so that each folder is replaced
 * whole: files are written into a private staging directory inside the
 * output directory, flushed to disk, and the folders are then swapped in
 * one after the other with one rename each (an exchange when an older
 * folder is there), so a reader, a failure or a kill at any moment sees
 * every folder either as it was or as it is now. The swaps come last,
 * after everything is written, so a run that fails before them leaves
 * the output directory as it was. A lock on the output directory keeps
 * two runs apart; directories that are symbolic links inside it are
 * never followed.
 *
 * Ownership: a stage owns its paths; fs_stage_close removes whatever is
 * left of the staging directory and releases the lock. Until then the
 * staging directory is registered with base/cleanup.h, so an exit from
 * inside the run (out of memory) removes it too.
 */
#ifndef FSSTAGE_H
#define FSSTAGE_H

#include <stdbool.h>
#include <stddef.h>

/* A staged folder waiting for the commit. */
struct fs_pending {
	char *staged;		/* in the staging directory */
	char *final;		/* OUTDIR/REL */
	bool exchanged;		/* an older folder was swapped out to staged */
};

struct fs_stage {
	char *outdir;		/* the output directory */
	char *dir;		/* OUTDIR/.gapscore-stage.XXXXXX */
	int lock_fd;		/* flock on OUTDIR itself, or -1 */
	unsigned next;		/* counter of staged folders */
	struct fs_pending *pending;	/* queued by fs_stage_add */
	size_t npending;
	size_t pending_cap;
};

/*
 * Create outdir (mkdir -p), take its lock and make the staging
 * directory. A second run writing into outdir makes this fail with a
 * message saying so. false with *err (caller frees) on failure.
 */
bool fs_stage_open(struct fs_stage *st, const char *outdir, char **err);
/* Remove the staging directory and release the lock. */
void fs_stage_close(struct fs_stage *st);

/* A fresh folder in the staging area to write one folder's files into
 * (caller frees the path). */
char *fs_stage_folder(struct fs_stage *st, char **err);

/*
 * Queue the staged folder (taken) to replace outdir/rel (rel: "XEA/2026")
 * at fs_stage_commit, creating its parents now without following
 * symbolic links. false with *err on failure.
 */
bool fs_stage_add(struct fs_stage *st, char *staged, const char *rel,
		  char **err);

/*
 * Flush the staged files to disk, then put every queued folder in place,
 * in order: an older folder there is swapped out (renameat2 exchange)
 * and removed after the last swap. Nothing is allocated between the
 * first swap and the last (but for an error message), so a run that
 * runs out of memory has either swapped nothing or everything. false
 * with *err when a folder cannot be swapped in: those before it stay in
 * place, each whole; it and those after are untouched.
 */
bool fs_stage_commit(struct fs_stage *st, char **err);

/* mkdir -p base/rel without following a symbolic link below base. */
bool fs_mkdirs_below(const char *base, const char *rel, char **err);

/* Is path an existing file that is neither regular nor a directory (a
 * device, a FIFO, a socket)? Output to those is written in place. */
bool fs_is_special(const char *path);

#endif
