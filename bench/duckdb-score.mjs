/* SPDX-License-Identifier: Apache-2.0 */
// duckdb-score.mjs - the DuckDB baseline of bench/run: the same computation
// as gapscore's SPEC scoring rules 1-3 (plus depends_on, n/a reasons,
// alternatives, screening and rule 6), done in SQL by DuckDB through @duckdb/node-api.
//
//   node duckdb-score.mjs OUT.csv ANSWERS.csv INDICATORS.csv...
//
// Writes one row per (country, round, instrument, article, dimension) of
// every instrument the assessment answered: score = sum(w*c)/sum(w) over
// indicators with a consensus, coverage = answered weight / applicable
// weight, required_score = score over the mandatory units, NULL where
// undefined, full double precision (bench/run rounds to 4 decimals when
// it compares). Prints the phase times to stderr.
//
// Everything that touches the answers is SQL: reading the CSV (read_csv,
// strict, every column VARCHAR, no sniffing), trimming and lowering the
// answer, scoring it by its indicator's type (yesno, yesnopartial,
// scale:A-B, percent, number thresholds, choice maps, reverse), the
// median per (country, round, indicator), depends_on (ID=V1|V2: a
// follow-up is not applicable where the parent's score is within 1e-9 of
// none of the values' scores; ID!=V: where it is V's), alternatives (one
// unit: best member's consensus, largest weight, mandatory when a member
// is: required_score is the weighted mean over those), screening indicators
// (out of score and coverage) and the weighted means over units. The indicator sets are read
// with read_csv too and their answer_type/scoring cells parsed in SQL.
import { DuckDBInstance } from '@duckdb/node-api';
import { openSync, readSync, closeSync } from 'node:fs';

const [out, answers, ...sets] = process.argv.slice(2);
if (!out || !answers || sets.length === 0) {
	console.error('usage: node duckdb-score.mjs OUT.csv ANSWERS.csv INDICATORS.csv...');
	process.exit(2);
}
const threads = process.env.DUCKDB_THREADS || '2';
const q = (s) => "'" + String(s).replace(/'/g, "''") + "'";
const t0 = performance.now();
const db = await DuckDBInstance.create(':memory:', { threads });
const con = await db.connect();
const run = (sql) => con.run(sql);

// The header names the columns: read it ourselves so read_csv sniffs nothing.
function header(path) {
	const fd = openSync(path, 'r');
	const buf = Buffer.alloc(65536);
	const n = readSync(fd, buf, 0, buf.length, 0);
	closeSync(fd);
	return buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].split(',').map((c) => c.replace(/^"|"$/g, ''));
}
function strictCsv(path) {
	const cols = header(path).map((c) => `${q(c)}: 'VARCHAR'`).join(', ');
	return `read_csv(${q(path)}, header = true, auto_detect = false, columns = {${cols}},
		delim = ',', quote = '"', escape = '"', strict_mode = true,
		null_padding = false, ignore_errors = false, max_line_size = 16777216)`;
}

const WS = "' ' || chr(9) || chr(10) || chr(13)";

// --- indicator sets: parse answer_type and scoring in SQL ---------------
const setSql = sets.map((p, f) => {
	const cols = header(p);
	const has = (c) => cols.includes(c);
	return `SELECT ${f} AS setno, row_number() OVER () AS rowno, id, instrument, article, dimension,
		answer_type, ${has('scoring') ? 'scoring' : 'NULL'} AS scoring,
		${has('weight') ? 'weight' : 'NULL'} AS weight,
		${has('depends_on') ? 'depends_on' : 'NULL'} AS depends_on,
		${has('role') ? 'role' : 'NULL'} AS role,
		${has('alternative') ? 'alternative' : 'NULL'} AS alternative,
		${has('obligation') ? 'obligation' : 'NULL'} AS obligation
		FROM ${strictCsv(p)}`;
}).join(' UNION ALL ');

await run(`CREATE TABLE ind AS
WITH raw AS (${setSql}),
t AS (
	SELECT setno, rowno, trim(id) AS id, trim(instrument) AS instrument, trim(article) AS article,
		trim(dimension) AS dimension,
		lower(split_part(trim(answer_type), ':', 1)) AS kind,
		trim(substr(trim(answer_type), length(split_part(trim(answer_type), ':', 1)) + 2)) AS spec,
		coalesce(trim(scoring), '') AS scoring,
		coalesce(CAST(nullif(trim(weight), '') AS DOUBLE), 1.0) AS w,
		nullif(trim(depends_on), '') AS depends_on,
		coalesce(lower(trim(role)) = 'screening', false) AS screening,
		nullif(trim(alternative), '') AS alt,
		coalesce(lower(trim(obligation)), '') IN ('', 'mandatory') AS mandatory
	FROM raw)
SELECT *,
	trim(regexp_extract(depends_on, '^([^!=]*)', 1)) AS parent,
	coalesce(depends_on LIKE '%!=%', false) AS negated,
	CASE WHEN kind = 'scale' THEN CAST(regexp_extract(spec, '^\\s*(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)\\s*-', 1) AS DOUBLE) END AS lo,
	CASE WHEN kind = 'scale' THEN CAST(regexp_extract(spec, '-\\s*(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)\\s*$', 1) AS DOUBLE) END AS hi,
	lower(scoring) = 'reverse' AS rev,
	CASE WHEN kind = 'number' THEN list_transform(
		list_filter(string_split(scoring, ';'), p -> trim(p) <> ''),
		p -> {'op': regexp_extract(trim(p), '^(>=|<=|==|>|<|=|\\*)', 1),
		      'bound': TRY_CAST(trim(regexp_extract(trim(p), '^(?:>=|<=|==|>|<|=|\\*)([^:]*):', 1)) AS DOUBLE),
		      'score': CAST(trim(regexp_extract(trim(p), ':([^:]*)$', 1)) AS DOUBLE)}) END AS rules,
	CASE WHEN kind = 'choice' THEN map_from_entries(list_transform(
		list_filter(string_split(scoring, ';'), p -> trim(p) <> ''),
		p -> {'k': lower(trim(split_part(p, '=', 1))), 'v': CAST(trim(split_part(p, '=', 2)) AS DOUBLE)})) END AS choices
FROM t`);

// score of a trimmed, lowered answer a for an indicator row i (NULL: not a scored answer)
const rawScore = (i, a) => `CASE ${i}.kind
	WHEN 'yesno' THEN CASE ${a} WHEN 'yes' THEN 1.0 WHEN 'no' THEN 0.0 END
	WHEN 'yesnopartial' THEN CASE ${a} WHEN 'yes' THEN 1.0 WHEN 'partial' THEN 0.5 WHEN 'no' THEN 0.0 END
	WHEN 'scale' THEN (TRY_CAST(${a} AS DOUBLE) - ${i}.lo) / (${i}.hi - ${i}.lo)
	WHEN 'percent' THEN TRY_CAST(${a} AS DOUBLE) / 100.0
	WHEN 'number' THEN list_filter(${i}.rules, r -> CASE r.op
		WHEN '>=' THEN TRY_CAST(${a} AS DOUBLE) >= r.bound WHEN '>' THEN TRY_CAST(${a} AS DOUBLE) > r.bound
		WHEN '<=' THEN TRY_CAST(${a} AS DOUBLE) <= r.bound WHEN '<' THEN TRY_CAST(${a} AS DOUBLE) < r.bound
		WHEN '=' THEN TRY_CAST(${a} AS DOUBLE) = r.bound WHEN '==' THEN TRY_CAST(${a} AS DOUBLE) = r.bound
		ELSE true END)[1].score
	WHEN 'choice' THEN ${i}.choices[${a}]
	END`;
const scoreOf = (i, a) => `(CASE WHEN ${i}.rev THEN 1.0 - (${rawScore(i, a)}) ELSE (${rawScore(i, a)}) END)`;

// depends_on: ID=V1|V2 (applies when the parent's score is one of the
// values' scores) or ID!=VALUE (applies unless it is); one row per value
await run(`CREATE TABLE dep AS
WITH v AS (SELECT id, parent, negated,
	unnest(string_split(substr(depends_on, strpos(depends_on, '=') + 1), '|')) AS value
	FROM ind WHERE depends_on IS NOT NULL)
SELECT v.id, v.parent, v.negated, ${scoreOf('p', `lower(trim(v.value, ${WS}))`)} AS vscore
FROM v JOIN ind p ON p.id = v.parent`);
// depth in the depends_on chains: parents are settled before follow-ups
await run(`CREATE TABLE depth AS
WITH RECURSIVE d(id, depth) AS (
	SELECT id, 0 FROM ind WHERE depends_on IS NULL
	UNION ALL SELECT c.id, d.depth + 1 FROM ind c JOIN d ON c.parent = d.id)
SELECT id, max(depth) AS depth FROM d GROUP BY id`);
const maxDepth = Number((await con.runAndReadAll('SELECT max(depth) FROM depth')).getRows()[0][0]);
const t1 = performance.now();

// --- answers: read, classify and score ----------------------------------
const acols = header(answers);
const reason = ['comment', 'evidence'].filter((c) => acols.includes(c))
	.map((c) => `coalesce(trim(${c}, ${WS}), '') <> ''`).join(' OR ') || 'false';
await run(`CREATE TABLE ans AS
WITH a AS (
	SELECT country, round, indicator, lower(trim(coalesce(answer, ''), ${WS})) AS a, (${reason}) AS has_reason
	FROM ${strictCsv(answers)})
SELECT a.country, a.round, i.id AS indicator, i.instrument,
	CASE WHEN a.a = '' OR a.a = 'unknown' THEN 'missing'
	     WHEN a.a = 'n/a' THEN CASE WHEN a.has_reason THEN 'na' ELSE 'missing' END
	     WHEN i.kind = 'text' THEN 'text'
	     ELSE 'scored' END AS cls,
	CASE WHEN a.a NOT IN ('', 'unknown', 'n/a') AND i.kind <> 'text' THEN ${scoreOf('i', 'a.a')} END AS score
FROM a JOIN ind i ON i.id = a.indicator`);
const t2 = performance.now();
const invalid = await con.runAndReadAll(`SELECT count(*) FROM ans WHERE cls = 'scored' AND score IS NULL`);
if (Number(invalid.getRows()[0][0]) > 0) {
	console.error(`duckdb-score: ${invalid.getRows()[0][0]} answers are not valid for their type`);
	process.exit(1);
}

// --- consensus, depends_on, article dimensions -------------------------
await run(`CREATE TABLE grid AS
WITH cons AS (
	SELECT country, round, indicator,
		median(score) FILTER (WHERE cls = 'scored') AS c,
		count(*) FILTER (WHERE cls = 'na') AS nna
	FROM ans GROUP BY ALL),
assess AS (SELECT DISTINCT country, round, instrument FROM ans),
g AS (
	SELECT s.country, s.round, i.id, i.instrument, i.article, i.dimension, i.w, i.kind, i.screening, i.mandatory,
		CASE WHEN i.kind = 'text' OR i.screening THEN NULL
		     WHEN i.alt IS NOT NULL THEN 'alt ' || i.alt ELSE 'ind ' || i.id END AS ukey,
		k.c, coalesce(k.nna, 0) AS nna
	FROM assess s JOIN ind i ON i.instrument = s.instrument
	LEFT JOIN cons k ON k.country = s.country AND k.round = s.round AND k.indicator = i.id)
SELECT *, CASE
		WHEN kind = 'text' THEN 'text'
		WHEN screening THEN 'screening'
		WHEN c IS NOT NULL THEN 'answered'
		WHEN nna > 0 THEN 'na'
		ELSE 'missing' END AS status,
	CASE WHEN kind <> 'text' THEN c END AS eff
FROM g`);
// follow-ups, one depth at a time: not asked where the parent has a score
// (answered or screening, and itself asked) and the rule says no
for (let level = 1; level <= maxDepth; level++) {
	await run(`UPDATE grid SET status = 'not-asked', eff = NULL FROM (
		SELECT f.country, f.round, f.id, any_value(d.negated) AS negated,
			bool_or(abs(p.eff - d.vscore) <= 1e-9) AS listed
		FROM grid f JOIN depth h ON h.id = f.id AND h.depth = ${level}
		JOIN dep d ON d.id = f.id
		JOIN grid p ON p.country = f.country AND p.round = f.round AND p.id = d.parent
		WHERE f.kind <> 'text' AND p.eff IS NOT NULL
		GROUP BY f.country, f.round, f.id) x
	WHERE grid.country = x.country AND grid.round = x.round AND grid.id = x.id AND x.listed = x.negated`);
}
// units (alternatives share one), then article dimensions over units
await run(`COPY (
WITH units AS (
	SELECT country, round, instrument, article, dimension, ukey, max(w) AS w,
		bool_or(status = 'answered') AS ans, bool_or(status IN ('na', 'not-asked')) AS na,
		max(c) FILTER (WHERE status = 'answered') AS uc, bool_or(mandatory) AS mandatory
	FROM grid WHERE ukey IS NOT NULL GROUP BY ALL),
keys AS (SELECT DISTINCT country, round, instrument, article, dimension FROM grid)
SELECT k.country, k.round, k.instrument, k.article, k.dimension,
	sum(u.w * u.uc) FILTER (WHERE u.ans) / sum(u.w) FILTER (WHERE u.ans) AS score,
	sum(u.w) FILTER (WHERE u.ans) / nullif(coalesce(sum(u.w) FILTER (WHERE u.ans OR NOT u.na), 0), 0) AS coverage,
	sum(u.w * u.uc) FILTER (WHERE u.ans AND u.mandatory) / sum(u.w) FILTER (WHERE u.ans AND u.mandatory) AS required_score
FROM keys k LEFT JOIN units u USING (country, round, instrument, article, dimension)
GROUP BY ALL ORDER BY k.country, k.round, k.instrument, k.article, k.dimension
) TO ${q(out)} (HEADER, DELIMITER ',')`);
const t3 = performance.now();
const v = await con.runAndReadAll('SELECT version()');
console.error(`duckdb ${v.getRows()[0][0]} threads=${threads}: sets ${((t1 - t0) / 1000).toFixed(3)} s, ` +
	`read+score ${((t2 - t1) / 1000).toFixed(3)} s, consensus+dims ${((t3 - t2) / 1000).toFixed(3)} s`);
