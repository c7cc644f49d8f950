/* SPDX-License-Identifier: Apache-2.0 */
/*
 * survey.c - the column rules of KoboToolbox and ODK exports (see
 * survey.h). The names are the tools' own: KoboToolbox (formpack) adds
 * _id, _uuid, _submission_time, _validation_status, _notes, _status,
 * _submitted_by, __version__, _tags and _index after the questions; ODK
 * Central adds SubmissionDate first and KEY, SubmitterID, SubmitterName,
 * AttachmentsPresent, AttachmentsExpected, Status, ReviewState,
 * DeviceID, Edits and FormVersion last, and joins group names with '-'
 * (meta-instanceID), where KoboToolbox joins them with '/'.
 */
#include "config.h"
#include "load/survey.h"

#include <string.h>

/* Is name one of the tools' exact metadata names? */
static bool metadata_name(const char *name)
{
	static const char *const names[] = {
		/* XLSForm metadata questions, as KoboToolbox names them */
		"start", "end", "today", "deviceid", "username", "email",
		"phonenumber", "simserial", "subscriberid", "audit",
		"audit_URL", "start-geopoint", "background-audio",
		"formhub/uuid",
		/* ODK Central and Briefcase */
		"SubmissionDate", "KEY", "PARENT_KEY", "SubmitterID",
		"SubmitterName", "AttachmentsPresent", "AttachmentsExpected",
		"Status", "ReviewState", "DeviceID", "Edits", "FormVersion",
		"instanceID", "instanceName",
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(name, names[i]))
			return true;
	return false;
}

/* The exact names, then the prefixes. */
bool survey_metadata_column(const char *name)
{
	return metadata_name(name) || name[0] == '_' ||
	       !strncmp(name, "meta/", 5) || !strncmp(name, "meta-", 5);
}

/* Try the part after each separator, from the left: the longest first,
 * but none longer than SURVEY_PART_MAX, so that a long name costs a
 * bounded number of lookups. */
const char *survey_strip_groups(const char *name,
				bool (*known)(void *ctx, const char *part),
				void *ctx)
{
	size_t len = strlen(name);
	size_t from = len > SURVEY_PART_MAX + 1 ? len - SURVEY_PART_MAX - 1 : 1;

	if (len == 0)	/* name[1] would be past its end */
		return NULL;
	for (size_t i = from; name[i]; i++)
		if ((name[i] == '/' || name[i] == '-') && name[i + 1] &&
		    known(ctx, name + i + 1))
			return name + i + 1;
	return NULL;
}

/* Split at the last '/'. */
bool survey_choice_column(const char *name, size_t *base_len,
			  const char **choice)
{
	const char *slash = strrchr(name, '/');

	if (!slash || slash == name || !slash[1])
		return false;
	*base_len = (size_t)(slash - name);
	*choice = slash + 1;
	return true;
}

/* A metadata column, and a label with white space. */
long survey_labels_header(char *const *names, size_t n)
{
	bool metadata = false;
	long label = -1;

	for (size_t i = 0; i < n; i++) {
		if (survey_metadata_column(names[i]))
			metadata = true;
		else if (label < 0 && strpbrk(names[i], " \t"))
			label = (long)i;
	}
	return metadata ? label : -1;
}
