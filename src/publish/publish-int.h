/* SPDX-License-Identifier: Apache-2.0 */
/*
 * publish-int.h - what publish.c shares with publish-stream.c: writing
 * one document, listing a path, and writing a list of documents.
 */
#ifndef PUBLISH_INT_H
#define PUBLISH_INT_H

#include "publish/publish.h"

struct fs_stage;

/* Record path (taken) as written. */
void publish_list_path(struct publish_result *out, char *path);

/* Does a document of type t name a file in the list (and so count in
 * the progress of documents written)? */
bool publish_counted(const struct doc_type *t);

/* Write every output of doc into dir (shown as shown_dir), then move
 * its charts beside them; planned: its chart set, or NULL. Safe in
 * parallel for documents of different directories, each with its own
 * out. */
bool publish_write_document(const struct document *doc, const char *dir,
			    const char *shown_dir, struct chart_batch *batch,
			    const struct chart_set *planned,
			    const struct publish_options *opt,
			    struct publish_result *out);

/* Write the n documents in order, sets[i] their charts (or NULL); st is
 * returned when all are written. */
enum publish_status publish_write_documents(const struct document *docs,
					    size_t n, struct fs_stage *stage,
					    struct chart_batch *batch,
					    struct chart_set **sets,
					    enum publish_status st,
					    const struct publish_options *opt,
					    struct publish_result *out);

#endif
