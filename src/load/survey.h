/* SPDX-License-Identifier: Apache-2.0 */
/*
 * survey.h - what survey tools add to a wide answers file, so that
 * KoboToolbox and ODK (Central and Briefcase) exports are read as they
 * come: the columns the tools write of their own (metadata), the group
 * names they put before a question's name, the columns a select_multiple
 * question is split into, and a KoboToolbox export made with labels
 * rather than XML names as headers. Pure functions over column names;
 * answers.c applies them (docs/answers.md says how).
 */
#ifndef SURVEY_H
#define SURVEY_H

#include <stdbool.h>
#include <stddef.h>

#include "base/limits.h"

/*
 * Is name a column that KoboToolbox or ODK writes of its own, never a
 * question: one of the exact names below, or a name that starts with
 * '_' (KoboToolbox: _id, _uuid, _submission_time, __version__, ...; no
 * indicator id starts with '_'), "meta/" or "meta-" (meta/instanceID,
 * meta-instanceID, ...).
 *   KoboToolbox and XLSForm metadata questions: start, end, today,
 *     deviceid, username, email, phonenumber, simserial, subscriberid,
 *     audit, audit_URL, start-geopoint, background-audio, formhub/uuid
 *   ODK Central and Briefcase: SubmissionDate, KEY, PARENT_KEY,
 *     SubmitterID, SubmitterName, AttachmentsPresent,
 *     AttachmentsExpected, Status, ReviewState, DeviceID, Edits,
 *     FormVersion, instanceID, instanceName
 */
bool survey_metadata_column(const char *name);

/* The longest part survey_strip_groups tries: an indicator id with the
 * longest field prefix ("good_practice:"). */
#define SURVEY_PART_MAX (LIMIT_ID_LEN + 16)

/*
 * name without the group names before it: the longest part after a '/'
 * (KoboToolbox: "untoc_art5/UNTOC.5.L01", nested "a/b/ID") or a '-' (ODK:
 * "untoc_art5-UNTOC.5.L01") that known(ctx, part) accepts, so that an id
 * holding '-' keeps it; parts longer than SURVEY_PART_MAX are not tried.
 * NULL when no part is known.
 */
const char *survey_strip_groups(const char *name,
				bool (*known)(void *ctx, const char *part),
				void *ctx);

/*
 * A column of one choice of a select_multiple question, "BASE/CHOICE"
 * (KoboToolbox "group/ID/choice", ODK Central "group-ID/choice"): the
 * length of BASE in *base_len and CHOICE in *choice. False when name has
 * no '/' with text on both sides.
 */
bool survey_choice_column(const char *name, size_t *base_len,
			  const char **choice);

/*
 * Is the header of n names a KoboToolbox export made with labels as
 * headers (question texts) rather than "XML values and headers"? It is
 * when it holds a column of the tools' own (survey_metadata_column) and
 * another with white space in its name, which an XML name never has.
 * The index of the first such label, or -1.
 */
long survey_labels_header(char *const *names, size_t n);

#endif
