// duckdb-score.mjs - the DuckDB baseline of bench/run: the same computation
// as gapscore's SPEC scoring rules 1-3 (plus depends_on, n/a reasons and
// rule 6), done in SQL by DuckDB through @duckdb/node-api.
//
//   node duckdb-score.mjs OUT.csv ANSWERS.csv INDICATORS.csv...
//
// Writes one row per (country, round, instrument, article, dimension) of
// every instrument the assessment answered: score = sum(w*c)/sum(w) over
// indicators with a consensus, coverage = answered weight / applicable
// weight, both NULL where undefined, full double precision (bench/run
// rounds to 4 decimals when it compares). Prints the phase times to stderr.
//
// Everything that touches the answers is SQL: reading the CSV (read_csv,
// strict, every column VARCHAR, no sniffing), trimming and lowering the
// answer, scoring it by its indicator's type (yesno, yesnopartial,
// scale:A-B, percent, number thresholds, choice maps, reverse), the
// median per (country, round, indicator), depends_on (a follow-up is not
// applicable where the parent's consensus differs from VALUE's score by
// more than 1e-9) and the weighted means. The indicator sets are read
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
		${has('depends_on') ? 'depends_on' : 'NULL'} AS depends_on
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
		nullif(trim(depends_on), '') AS depends_on
	FROM raw)
SELECT *,
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

// depends_on: ID=VALUE only (what the shipped sets and gapscore use)
await run(`CREATE TABLE dep AS
SELECT c.id, p.id AS parent, ${scoreOf('p', `lower(trim(split_part(c.depends_on, '=', 2), ${WS}))`)} AS vscore
FROM ind c JOIN ind p ON p.id = trim(split_part(c.depends_on, '=', 1))
WHERE c.depends_on IS NOT NULL`);
const bad = await con.runAndReadAll(`SELECT count(*) FROM ind WHERE depends_on IS NOT NULL AND (depends_on LIKE '%!=%' OR depends_on LIKE '%|%')`);
if (Number(bad.getRows()[0][0]) > 0) {
	console.error('duckdb-score: depends_on with != or | is not implemented');
	process.exit(1);
}
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
await run(`COPY (
WITH cons AS (
	SELECT country, round, indicator,
		median(score) FILTER (WHERE cls = 'scored') AS c,
		count(*) FILTER (WHERE cls = 'na') AS nna
	FROM ans GROUP BY ALL),
assess AS (SELECT DISTINCT country, round, instrument FROM ans),
grid AS (
	SELECT s.country, s.round, i.setno, i.rowno, i.id, i.instrument, i.article, i.dimension, i.w, i.kind,
		k.c, coalesce(k.nna, 0) AS nna, pk.c AS parent_c, d.vscore
	FROM assess s JOIN ind i ON i.instrument = s.instrument
	LEFT JOIN cons k ON k.country = s.country AND k.round = s.round AND k.indicator = i.id
	LEFT JOIN dep d ON d.id = i.id
	LEFT JOIN cons pk ON pk.country = s.country AND pk.round = s.round AND pk.indicator = d.parent),
st AS (
	SELECT *, CASE
		WHEN kind = 'text' THEN 'text'
		WHEN parent_c IS NOT NULL AND abs(parent_c - vscore) > 1e-9 THEN 'not-asked'
		WHEN c IS NOT NULL THEN 'answered'
		WHEN nna > 0 THEN 'na'
		ELSE 'missing' END AS status
	FROM grid)
SELECT country, round, instrument, article, dimension,
	sum(w * c) FILTER (WHERE status = 'answered') / sum(w) FILTER (WHERE status = 'answered') AS score,
	sum(w) FILTER (WHERE status = 'answered') / nullif(coalesce(sum(w) FILTER (WHERE status IN ('answered', 'missing')), 0), 0) AS coverage
FROM st GROUP BY ALL ORDER BY country, round, instrument, article, dimension
) TO ${q(out)} (HEADER, DELIMITER ',')`);
const t3 = performance.now();
const v = await con.runAndReadAll('SELECT version()');
console.error(`duckdb ${v.getRows()[0][0]} threads=${threads}: sets ${((t1 - t0) / 1000).toFixed(3)} s, ` +
	`read+score ${((t2 - t1) / 1000).toFixed(3)} s, consensus+dims ${((t3 - t2) / 1000).toFixed(3)} s`);
