/* SPDX-License-Identifier: Apache-2.0 */
/*
 * csv-parse.c - the floor of bench/run: a bare libcsv strict parse that
 * counts rows and fields and does nothing else. libcsv with CSV_STRICT |
 * CSV_APPEND_NULL (gapscore itself uses CSV_STRICT | CSV_STRICT_FINI),
 * the file read in 1 MiB blocks. Any CSV tool pays at least this.
 *
 *   cc -O2 -o csv-parse csv-parse.c -lcsv
 *   ./csv-parse FILE   ->  "ROWS rows FIELDS fields BYTES bytes"
 */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct counts {
	unsigned long long rows, fields, bytes;
};

static void on_field(void *data, size_t len, void *ctx)
{
	struct counts *c = ctx;
	(void)data;
	c->fields++;
	c->bytes += len;
}

static void on_row(int term, void *ctx)
{
	(void)term;
	((struct counts *)ctx)->rows++;
}

int main(int argc, char **argv)
{
	enum { BLOCK = 1 << 20 };
	struct csv_parser p;
	struct counts c = { 0, 0, 0 };
	char *buf;
	FILE *f;
	size_t n;

	if (argc != 2) {
		fprintf(stderr, "usage: csv-parse FILE\n");
		return 2;
	}
	f = fopen(argv[1], "rb");
	buf = malloc(BLOCK);
	if (!f || !buf || csv_init(&p, CSV_STRICT | CSV_APPEND_NULL) != 0) {
		perror(argv[1]);
		return 3;
	}
	while ((n = fread(buf, 1, BLOCK, f)) > 0)
		if (csv_parse(&p, buf, n, on_field, on_row, &c) != n) {
			fprintf(stderr, "%s: %s\n", argv[1],
				csv_strerror(csv_error(&p)));
			return 1;
		}
	if (ferror(f) || csv_fini(&p, on_field, on_row, &c) != 0) {
		fprintf(stderr, "%s: %s\n", argv[1], csv_strerror(csv_error(&p)));
		return 1;
	}
	printf("%llu rows %llu fields %llu bytes\n", c.rows, c.fields, c.bytes);
	csv_free(&p);
	free(buf);
	fclose(f);
	return 0;
}
