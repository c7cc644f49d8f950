/* SPDX-License-Identifier: Apache-2.0 */
/*
 * cleanup.h - what a run has made and must not leave behind if the
 * process ends before the owner removes it: a staging directory, the
 * charts' temporary directory, a temporary file beside a target. When
 * memory runs out, xalloc's failure handler ends the process with exit()
 * from wherever it is; main registers cleanup_run with atexit, so every
 * path still registered is removed then.
 *
 * Ownership: the registry borrows each path, which must stay valid
 * until cleanup_remove. Registering allocates nothing and cleanup_run
 * allocates nothing through xalloc (memory may be exhausted when it
 * runs). Only the process that registered a path removes it (a child
 * after fork does not).
 */
#ifndef CLEANUP_H
#define CLEANUP_H

/* Paths registered at once, at most (a staging and a chart directory,
 * and a temporary file per worker of base/workpool.h, which runs 64 at
 * most); more are not registered. */
#define CLEANUP_MAX 96

/* Remove path (a file, or a directory and all under it) should the
 * process exit before cleanup_remove(path). */
void cleanup_add(const char *path);
/* The owner has removed or kept path: forget it (the same pointer). */
void cleanup_remove(const char *path);
/* Remove path and everything under it, never following links and
 * allocating nothing through xalloc (so cleanup_run may use it when
 * memory is exhausted). */
void fs_remove_tree(const char *path);
/* Remove every path this process registered and still holds, in any
 * order (they may nest; one already gone is no harm); for atexit. */
void cleanup_run(void);

#endif
