#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Generate the bundled example assessment for gapscore.

Everything written here is FICTIONAL. XEA, XEB and XEC are user-assigned
ISO 3166-1 alpha-3 codes (the range XAA-XZZ is reserved for user
assignment) standing for three invented countries. The experts, laws,
reports, cases and numbers are invented too, and none of them describes a
real State.

The script reads the indicator sets in ../indicators and writes one answers
file per assessment (country x round) to ./answers:

    XEA-2023.csv XEA-2026.csv XEB-2023.csv XEB-2026.csv XEC-2023.csv XEC-2026.csv

It uses only the Python standard library, and a fixed seed makes the output
the same on every run:

    python3 examples/generate.py [--indicators DIR] [--out DIR]
"""
import argparse
import csv
import os
import random
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260301
INDICATOR_FILES = ["untoc.csv", "tip.csv", "som.csv", "fp.csv"]
ROUNDS = ["2023", "2026"]
ROLES = ["justice", "police", "prosecution", "fiu", "immigration"]
HEADER = ["country", "round", "expert", "indicator", "answer", "confidence",
          "evidence", "good_practice", "comment"]

# ---------------------------------------------------------------------------
# Country profiles (all fictional)
#   XEA  Republic of Xea: strong legislation, weak implementation.
#   XEB  Republique de Xebie (francophone, landlocked): weak legislation in
#        2023, strongly improved by 2026 after a wave of new laws.
#   XEC  Republica de Xeca (hispanophone): middling; implementation regresses
#        between 2023 and 2026; not yet a party to the Firearms Protocol in
#        2023 (no FP answers that round).
# base[round] = (legislative, implementation) latent level in [0, 1]
# ---------------------------------------------------------------------------
PROFILES = {
    "XEA": {"base": {"2023": (0.80, 0.36), "2026": (0.83, 0.41)}, "lang": "en"},
    "XEB": {"base": {"2023": (0.30, 0.24), "2026": (0.72, 0.50)}, "lang": "fr"},
    "XEC": {"base": {"2023": (0.62, 0.58), "2026": (0.65, 0.42)}, "lang": "es"},
}

# ---------------------------------------------------------------------------
# Fictional legislation, by country and topic. Entries are (title, unit,
# year of entry into force); a law is only cited in rounds after its year.
# ---------------------------------------------------------------------------
LAWS = {
    "XEA": {
        "oc": [("Organized Crime (Prevention) Act 2019", "s.", 2019), ("Penal Code of Xea", "art.", 1998)],
        "ml": [("Proceeds of Crime and Anti-Money Laundering Act 2017", "s.", 2017)],
        "corr": [("Anti-Corruption Act 2015", "s.", 2015), ("Public Officers (Integrity) Act 2016", "s.", 2016)],
        "lp": [("Corporate Criminal Liability Act 2018", "s.", 2018), ("Penal Code of Xea", "art.", 1998)],
        "conf": [("Proceeds of Crime and Anti-Money Laundering Act 2017, Part IV", "s.", 2017)],
        "coop": [("Mutual Assistance in Criminal Matters Act 2014", "s.", 2014), ("National Police Act 2011", "s.", 2011)],
        "extr": [("Extradition Act 2012", "s.", 2012)],
        "tsp": [("Transfer of Prisoners Act 2010", "s.", 2010)],
        "proc": [("Criminal Procedure Code of Xea", "s.", 2004)],
        "wit": [("Witness Protection Act 2018", "s.", 2018), ("Victims of Crime Act 2020", "s.", 2020)],
        "prev": [("Companies Act 2016", "s.", 2016), ("National Police Act 2011", "s.", 2011)],
        "tip": [("Trafficking in Persons Act 2016", "s.", 2016), ("Victims of Crime Act 2020", "s.", 2020)],
        "som": [("Immigration and Smuggling of Migrants Act 2018", "s.", 2018), ("Merchant Shipping Act 2009", "s.", 2009)],
        "fp": [("Firearms and Ammunition Act 2020", "s.", 2020), ("Firearms (Marking and Tracing) Regulations 2021", "reg.", 2021)],
    },
    "XEB": {
        "oc": [("Loi n° 2024-03 relative à la criminalité organisée", "art.", 2024), ("Code pénal", "art.", 1994)],
        "ml": [("Loi n° 2018-17 relative au blanchiment", "art.", 2018), ("Loi n° 2025-02 modifiant la loi relative au blanchiment", "art.", 2025)],
        "corr": [("Code pénal", "art.", 1994), ("Loi n° 2024-15 portant prévention et répression de la corruption", "art.", 2024)],
        "lp": [("Code pénal", "art.", 1994), ("Loi n° 2024-03 relative à la criminalité organisée", "art.", 2024)],
        "conf": [("Code de procédure pénale", "art.", 1996), ("Loi n° 2025-02 modifiant la loi relative au blanchiment", "art.", 2025)],
        "coop": [("Loi n° 2019-30 relative à l'entraide judiciaire et à l'extradition", "art.", 2019)],
        "extr": [("Loi n° 2019-30 relative à l'entraide judiciaire et à l'extradition", "art.", 2019),
                 ("Code de procédure pénale", "art.", 1996)],
        "tsp": [("Code de procédure pénale", "art.", 1996)],
        "proc": [("Code de procédure pénale", "art.", 1996)],
        "wit": [("Décret n° 2021-45 relatif à la protection des témoins", "art.", 2021), ("Code de procédure pénale", "art.", 1996)],
        "prev": [("Acte uniforme relatif au droit des sociétés commerciales", "art.", 2014), ("Décret n° 2024-88 portant stratégie nationale de prévention", "art.", 2024)],
        "tip": [("Loi n° 2016-09 portant lutte contre la traite des personnes", "art.", 2016), ("Loi n° 2025-11 relative à l'assistance aux victimes", "art.", 2025)],
        "som": [("Loi n° 2025-11 relative au trafic illicite de migrants", "art.", 2025), ("Code de l'entrée et du séjour des étrangers", "art.", 2003)],
        "fp": [("Loi n° 2024-22 sur les armes et munitions", "art.", 2024), ("Ordonnance n° 1978-04 sur les armes", "art.", 1978)],
    },
    "XEC": {
        "oc": [("Ley Orgánica 5/2017 contra la delincuencia organizada", "artículo", 2017), ("Código Penal", "artículo", 2001)],
        "ml": [("Ley 8/2019 de prevención del lavado de activos", "artículo", 2019), ("Código Penal", "artículo", 2001)],
        "corr": [("Código Penal", "artículo", 2001), ("Ley 2/2016 de ética pública", "artículo", 2016)],
        "lp": [("Ley 12/2020 de responsabilidad penal de las personas jurídicas", "artículo", 2020)],
        "conf": [("Ley 6/2018 de extinción de dominio", "artículo", 2018), ("Código Procesal Penal", "artículo", 2010)],
        "coop": [("Ley 4/2015 de cooperación jurídica internacional en materia penal", "artículo", 2015)],
        "extr": [("Ley 4/2015 de cooperación jurídica internacional en materia penal", "artículo", 2015),
                 ("Código Procesal Penal", "artículo", 2010)],
        "tsp": [("Ley 10/2012 sobre traslado de personas condenadas", "artículo", 2012)],
        "proc": [("Código Procesal Penal", "artículo", 2010)],
        "wit": [("Ley 3/2021 de protección de testigos", "artículo", 2021), ("Código Procesal Penal", "artículo", 2010)],
        "prev": [("Ley 1/2019 de contratación pública", "artículo", 2019), ("Registro Mercantil, Reglamento de 2015", "artículo", 2015)],
        "tip": [("Ley 14/2018 sobre trata de personas", "artículo", 2018), ("Ley 9/2022 de migración y extranjería", "artículo", 2022)],
        "som": [("Ley 9/2022 de migración y extranjería", "artículo", 2022), ("Código Penal", "artículo", 2001)],
        "fp": [("Ley 21/2024 de armas de fuego, municiones y explosivos", "artículo", 2024), ("Decreto 7/2025 sobre marcaje de armas", "artículo", 2025)],
    },
}

DRAFTS = {
    "XEA": "Draft Organized Crime (Amendment) Bill {y}, pending before Parliament",
    "XEB": "Projet de loi {y} en cours d'examen à l'Assemblée nationale",
    "XEC": "Anteproyecto de ley de {y}, en trámite parlamentario",
}

ALL = "oc ml corr lp conf coop extr tsp proc wit prev tip som fp"
REPORTS = {  # (topics the source covers, citation template)
    "XEA": [("ml conf", "Annual report of the Financial Intelligence Unit {y}, p. {p}"),
            ("oc proc prev coop wit", "National Police crime statistics {y}, table {t}"),
            ("oc corr lp conf coop extr tsp proc wit", "Office of the Director of Public Prosecutions, annual report {y}, p. {p}"),
            (ALL, "Ministry of Justice, \"Justice in Numbers\" {y}, p. {p}"),
            ("wit", "Müller Commission review of witness protection, {y}, para. {t}"),
            ("som tip", "Immigration Service, border management report {y}, p. {p}"),
            ("tip", "National Anti-Trafficking Committee, progress report {y}, p. {p}"),
            ("fp", "Central Firearms Registry, annual statistics {y}, table {t}"),
            ("corr", "Integrity Commission of Xea, annual report {y}, p. {p}")],
    "XEB": [("ml conf", "Rapport annuel de la CENTIF {y}, p. {p}"),
            ("oc proc prev wit", "Statistiques de la Police nationale {y}, tableau {t}"),
            ("oc corr lp conf coop extr tsp proc", "Rapport d'activité du Parquet général {y}, p. {p}"),
            (ALL, "Ministère de la Justice, « Annuaire statistique » {y}, p. {p}"),
            ("tip", "Comité national de lutte contre la traite, rapport {y}, p. {p}"),
            ("fp som", "Direction générale des douanes, rapport {y}, p. {p}"),
            ("som tip", "Direction de la surveillance du territoire, bilan {y}, p. {p}"),
            ("corr", "Autorité nationale de lutte contre la corruption, rapport {y}, p. {p}")],
    "XEC": [("oc corr lp conf coop extr tsp proc wit", "Informe anual de la Fiscalía General {y}, p. {p}"),
            ("ml conf", "Unidad de Análisis Financiero, memoria {y}, p. {p}"),
            ("oc proc prev", "Policía Nacional, anuario estadístico {y}, cuadro {t}"),
            ("som tip", "Dirección de Migración, informe de gestión {y}, p. {p}"),
            ("som tip wit", "Defensoría del Pueblo, \"Informe sobre niños, niñas y adolescentes migrantes\" {y}, p. {p}"),
            ("fp", "Comisión Nacional de Armas, informe sobre señalización y registro {y}, p. {p}"),
            (ALL, "Ministerio de Justicia, estadísticas judiciales {y}, p. {p}")],
}

CASES = {
    "XEA": ["High Court of Xea, State v. Oduya and others, judgment of {d} {y}",
            "Court of Appeal of Xea, \"Operation Harbour\" case, {d} {y}"],
    "XEB": ["Cour d'appel de Xébie, affaire \"Ministère public c. K.\", arrêt du {d} {y}",
            "Tribunal de grande instance, jugement du {d} {y}, affaire dite « du convoi »"],
    "XEC": ["Corte Suprema de Xeca, Sala Penal, sentencia de {d} de {y}, caso \"Montaña\"",
            "Tribunal de Juicio, causa n° {t}/{y} (caso \"Peñasco\")"],
}

MONTHS = {"en": ["January", "March", "June", "September", "November"],
          "fr": ["janvier", "mars", "juin", "septembre", "novembre"],
          "es": ["enero", "marzo", "junio", "septiembre", "noviembre"]}

GOOD_PRACTICE = {  # by topic
    "oc": ["A specialized chamber hears organized crime cases, and most reach judgment within twelve months of charge."],
    "ml": ["Police investigators and FIU analysts work as one financial investigation team from the start of each organized crime case."],
    "corr": ["Asset declarations of senior officials are published online and cross-checked against land and company registers."],
    "lp": ["Prosecutors use a standard checklist to assess corporate compliance programmes when deciding whether to charge a legal person."],
    "conf": ["Confiscated vehicles and real estate are handed over to community projects through a transparent public register."],
    "coop": ["A single electronic case file follows each incoming request from receipt to execution, with deadlines flagged automatically."],
    "proc": ["A prosecutor on 24-hour call authorizes and coordinates controlled deliveries with foreign counterparts."],
    "wit": ["Protected witnesses testify from a remote room with voice distortion, which has ended intimidation in the courtroom."],
    "prev": ["The company register records beneficial owners and can be searched online free of charge."],
    "tip": ["A 24-hour hotline run jointly by the police and two NGOs refers presumed victims to shelters within hours.",
            "Labour inspectors carry a short victim-identification checklist developed with the national referral mechanism.",
            "Child victims are interviewed once, on video, by a trained specialist, and the recording is used at trial."],
    "som": ["Border officers check every intercepted group for unaccompanied children and possible trafficking victims before any return decision.",
            "Document examiners at the main airport share alerts on new forgery techniques with neighbouring States within 24 hours."],
    "fp": ["All seized firearms are traced through INTERPOL's iARMS before destruction, and the results feed the national threat assessment.",
           "Dealers submit their sales records online, which allows remote audits between on-site inspections."],
}

COMMENTS = {
    "en": ["Estimate: official statistics are not disaggregated by offence.",
           "Answer reflects the situation after the latest amendment.",
           "Figures cover the capital region only.",
           "The provision exists but has never been applied in practice.",
           "Resources were cut in the last budget cycle.",
           "Outside my area of responsibility; answered on the basis of colleagues' information.",
           "The draft implementing regulation has not yet been adopted.",
           "Practice varies considerably between regions."],
    "fr": ["Estimation : les statistiques officielles ne sont pas ventilées par infraction.",
           "La réponse tient compte de la réforme de 2024.",
           "Le texte existe mais n'a pas encore été appliqué.",
           "Les décrets d'application sont en cours de rédaction.",
           "Hors de mon domaine de compétence."],
    "es": ["Estimación: las estadísticas oficiales no están desagregadas por delito.",
           "La práctica varía mucho según la región.",
           "Los recursos se redujeron en el último ejercicio presupuestario.",
           "La norma existe pero no se aplica en la práctica.",
           "Fuera de mi ámbito de competencia; respuesta basada en información de colegas."],
}

TOPIC = {  # (instrument, article) -> law topic
    ("UNTOC", "5"): "oc", ("UNTOC", "6"): "ml", ("UNTOC", "7"): "ml",
    ("UNTOC", "8"): "corr", ("UNTOC", "9"): "corr", ("UNTOC", "10"): "lp",
    ("UNTOC", "11"): "proc", ("UNTOC", "12"): "conf", ("UNTOC", "13"): "conf",
    ("UNTOC", "14"): "conf", ("UNTOC", "15"): "oc", ("UNTOC", "16"): "extr",
    ("UNTOC", "17"): "tsp", ("UNTOC", "20"): "proc", ("UNTOC", "22"): "proc",
    ("UNTOC", "23"): "oc", ("UNTOC", "24"): "wit", ("UNTOC", "25"): "wit",
    ("UNTOC", "26"): "wit", ("UNTOC", "28"): "prev", ("UNTOC", "29"): "prev",
    ("UNTOC", "30"): "prev", ("UNTOC", "31"): "prev", ("UNTOC", "34"): "oc",
}


# Screening questions (role=screening) ask about a fact of the legal system;
# every expert of an assessment who answers gives the same answer.
# (country, indicator) -> answer, or (country, round, indicator) -> answer.
SCREENING = {
    ("XEA", "UNTOC.5.L09"): "no",    # common-law conspiracy: no group required
    ("XEB", "UNTOC.5.L09"): "no",    # no agreement offence at all (civil law)
    ("XEC", "UNTOC.5.L09"): "yes",   # agreement offence requires a group: 5(3) asked
    ("XEA", "UNTOC.16.L10"): "yes",  # extradition only under a treaty
    ("XEB", "UNTOC.16.L10"): "no",
    ("XEC", "UNTOC.16.L10"): "yes",
    ("XEA", "UNTOC.16.L14"): "no",   # extradites its nationals: 16(10)-(12) moot
    ("XEB", "UNTOC.16.L14"): "yes",
    ("XEC", "UNTOC.16.L14"): "yes",
    ("XEA", "UNTOC.13.I04"): "yes",
    ("XEB", "2023", "UNTOC.13.I04"): "no",
    ("XEB", "2026", "UNTOC.13.I04"): "yes",
    ("XEC", "UNTOC.13.I04"): "yes",
    ("XEA", "UNTOC.14.I03"): "yes",
    ("XEB", "UNTOC.14.I03"): "no",
    ("XEC", "2023", "UNTOC.14.I03"): "yes",
    ("XEC", "2026", "UNTOC.14.I03"): "no",
    ("XEA", "FP.9.L04"): "no",       # deactivated firearms are not firearms: art. 9 applies
    ("XEB", "FP.9.L04"): "yes",      # still treated as firearms: art. 9 does not apply
    ("XEC", "FP.9.L04"): "no",
}

# Answers fixed for a whole assessment, to exercise the legal model:
# Xebie's civil-law penal code has only the association alternative of
# UNTOC 5(1)(a) (5.L01 "no", 5.L02 "yes" once the 2024 law is in force), and
# Xeca's 2023 liability of legal persons is partial and does not reach the
# Convention offences (10.L01 "partial", 10.L02 "no": the follow-up is asked).
FORCED = {
    ("XEB", "2023", "UNTOC.5.L01"): "no",
    ("XEB", "2026", "UNTOC.5.L01"): "no",
    ("XEB", "2026", "UNTOC.5.L02"): "yes",
    ("XEC", "2023", "UNTOC.10.L01"): "partial",
    ("XEC", "2023", "UNTOC.10.L02"): "no",
}

# Deliberately unjustified n/a answers (no comment, no evidence), so that the
# report lists them under unjustified_na (SPEC, Scoring 9). Every other n/a
# the generator writes carries a reason.
UNJUSTIFIED_NA = {
    ("XEB", "2023", "immigration", "SOM.8.I01"),
    ("XEB", "2026", "police", "SOM.9.I01"),
    ("XEA", "2026", "prosecution", "UNTOC.17.I01"),
}

NA_REASON = {
    "en": "Not applicable in our legal system.",
    "fr": "Sans objet dans notre système juridique.",
    "es": "No aplicable en nuestro ordenamiento.",
}
LANDLOCKED = "La Xébie n'a pas de façade maritime."
MOOT = {
    "en": "Follow-up question: does not apply given the answer to {p}.",
    "fr": "Question complémentaire : sans objet compte tenu de la réponse à {p}.",
    "es": "Pregunta complementaria: no procede dada la respuesta a {p}.",
}


def screening_fact(country, rnd, ind):
    return SCREENING.get((country, rnd, ind["id"]), SCREENING.get((country, ind["id"])))


def follow_up_applies(dep, answers):
    """False if the expert's own answer to the parent makes the follow-up moot,
    True if it applies, None if the expert did not answer the parent.
    dep is ID=V, ID=V1|V2 or ID!=V."""
    if "!=" in dep:
        parent, value = dep.split("!=", 1)
        values, negate = [value], True
    else:
        parent, value = dep.split("=", 1)
        values, negate = value.split("|"), False
    pa = answers.get(parent)
    if pa is None or pa.strip().lower() in ("", "unknown", "n/a"):
        return None, parent
    hit = pa.strip().lower() in values
    return (not hit if negate else hit), parent


def topic_of(ind):
    inst, art = ind["instrument"], ind["article"]
    if inst == "TIP":
        return "tip"
    if inst == "SOM":
        return "som"
    if inst == "FP":
        return "fp"
    return TOPIC.get((inst, art), "coop")


def seed_for(*parts):
    return SEED ^ zlib.crc32("|".join(parts).encode("utf-8"))


def clamp(x, lo=0.0, hi=1.0):
    return max(lo, min(hi, x))


# ---------------------------------------------------------------------------
# Scoring helpers (mirror the SPEC, used to pick realistic answers)
# ---------------------------------------------------------------------------
def threshold_score(rules, x):
    for op, val, sc in rules:
        if op == "*":
            return sc
        if ((op == ">=" and x >= val) or (op == ">" and x > val) or
                (op == "<=" and x <= val) or (op == "<" and x < val) or
                (op == "=" and x == val)):
            return sc
    return None


def parse_thresholds(s):
    rules = []
    for part in s.split(";"):
        cond, sc = part.rsplit(":", 1)
        if cond == "*":
            rules.append(("*", None, float(sc)))
            continue
        for op in (">=", "<=", ">", "<", "="):
            if cond.startswith(op):
                rules.append((op, float(cond[len(op):]), float(sc)))
                break
    return rules


def number_for(rules, target, rng):
    """Pick a plausible count/duration whose threshold score is near target."""
    vals = [v for op, v, _ in rules if op != "*"]
    top = max(vals) if vals else 10
    cands = sorted(set([0, 1, 2] + [int(round(top * f)) for f in
                                    (0.1, 0.2, 0.35, 0.5, 0.7, 0.9, 1.0, 1.2, 1.5, 2.0, 3.0)]
                       + [int(v) for v in vals] + [int(v) + 1 for v in vals] + [max(0, int(v) - 1) for v in vals]))
    scored = [(c, threshold_score(rules, c)) for c in cands]
    best = min(abs(s - target) for _, s in scored)
    pool = [c for c, s in scored if abs(s - target) == best]
    return rng.choice(pool)


def choice_for(options, scoring, target, rng):
    smap = {}
    for p in scoring.split(";"):
        k, v = p.split("=")
        smap[k] = float(v)
    best = min(abs(smap[o] - target) for o in options)
    return rng.choice([o for o in options if abs(smap[o] - target) == best])


def fmt_num(x):
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return ("%.1f" % x)


# ---------------------------------------------------------------------------
# Expert coverage: probability that an expert answers an indicator.
# ---------------------------------------------------------------------------
UNTOC_FIU = {"6", "7", "10", "12", "13", "14", "31"}
UNTOC_POLICE = {"5", "20", "23", "24", "27", "28", "29"}


def answer_prob(role, ind):
    inst, art, dim = ind["instrument"], ind["article"], ind["dimension"]
    if ind["answer_type"] == "text":
        if role == "immigration" and inst in ("TIP", "SOM"):
            return 1.0
        return {"justice": 0.95, "prosecution": 0.7}.get(role, 0.1)
    if role == "justice":
        return 0.93 if dim == "legislative" else 0.55
    if role == "prosecution":
        if inst == "UNTOC":
            return 0.88
        return 0.72 if dim == "legislative" else 0.6
    if role == "police":
        if inst == "FP":
            return 0.9
        if inst == "UNTOC" and art in UNTOC_POLICE:
            return 0.9
        return 0.8 if dim == "implementation" else 0.45
    if role == "fiu":
        if inst == "UNTOC" and art in UNTOC_FIU:
            return 0.97
        if inst == "UNTOC":
            return 0.35
        return 0.15 if inst == "FP" else 0.2
    if role == "immigration":
        if inst in ("TIP", "SOM"):
            return 1.0  # answers both Protocols in full
        if inst == "FP":
            return 0.7 if art in ("10", "11") else 0.25
        return 0.25
    return 0.5


# ---------------------------------------------------------------------------
# Answer generation
# ---------------------------------------------------------------------------
def latent(country, rnd, ind, art_off, ind_off):
    leg, imp = PROFILES[country]["base"][rnd]
    base = leg if ind["dimension"] == "legislative" else imp
    key = (ind["instrument"], ind["article"])
    return clamp(base + art_off[key] + ind_off[ind["id"]])


def make_answer(ind, t, rng, facts):
    """Return the answer string for an expert whose view of the indicator is t."""
    at, sc = ind["answer_type"], ind["scoring"]
    if at == "yesno":
        return "yes" if t >= 0.5 else "no"
    if at == "yesnopartial":
        return "yes" if t >= 0.7 else ("partial" if t >= 0.33 else "no")
    if at.startswith("scale:"):
        a, b = (float(x) for x in at[6:].split("-"))
        v = t if sc != "reverse" else 1 - t
        x = a + v * (b - a)
        if rng.random() < 0.15:
            x = round(x * 2) / 2
        else:
            x = round(x)
        return fmt_num(clamp(x, a, b))
    if at == "percent":
        # a fact: experts mostly report the same figure, with a little noise
        p = facts.setdefault(ind["id"], (t if sc != "reverse" else 1 - t) * 100)
        if rng.random() < 0.35:
            p = p + rng.uniform(-8, 8)
        p = clamp(p, 0, 100)
        return fmt_num(round(p, 1) if rng.random() < 0.2 else round(p))
    if at == "number":
        rules = parse_thresholds(sc)
        if ind["id"] not in facts:
            facts[ind["id"]] = number_for(rules, t, rng)
        n = facts[ind["id"]]
        r = rng.random()
        if r < 0.2:
            n = number_for(rules, t, rng)        # a different recollection
        elif r < 0.35 and n > 4:
            n = int(round(n * rng.uniform(0.85, 1.15)))
        return str(n)
    if at.startswith("choice:"):
        return choice_for(at[7:].split("|"), sc, t, rng)
    raise ValueError(at)


def cite_law(country, rnd, ind, rng):
    laws = [l for l in LAWS[country][topic_of(ind)] if l[2] <= int(rnd) - 1]
    if not laws:
        return None
    # usually the main law of the topic, sometimes a secondary one
    title, unit, _ = laws[0] if rng.random() < 0.7 else rng.choice(laws)
    num = rng.randint(2, 60)
    if unit in ("s.", "reg."):
        sub = "(%d)" % rng.randint(1, 4) if rng.random() < 0.5 else ""
        return "%s, %s %d%s" % (title, unit, num, sub)
    if unit == "artículo":
        return "%s, artículo %d" % (title, num)
    return "%s, %s %d" % (title, unit, num)


def cite_report(country, rnd, ind, rng):
    y = int(rnd) - rng.choice([1, 1, 2])
    topic = topic_of(ind)
    tpl = rng.choice([t for tags, t in REPORTS[country] if topic in tags.split()])
    return tpl.format(y=y, p=rng.randint(3, 120), t=rng.randint(1, 24))


def cite_case(country, rnd, rng):
    lang = PROFILES[country]["lang"]
    y = int(rnd) - rng.choice([1, 2, 3])
    day = rng.randint(2, 28)
    month = rng.choice(MONTHS[lang])
    d = "%d %s" % (day, month) if lang != "es" else "%d de %s" % (day, month)
    return rng.choice(CASES[country]).format(d=d, y=y, t=rng.randint(10, 400))


def text_answer(country, rnd, ind, rng):
    cites = []
    for _ in range(rng.choice([1, 2, 2, 3])):
        c = cite_law(country, rnd, ind, rng)
        if c and c not in cites:
            cites.append(c)
    if not cites:
        return {"en": "No specific provisions yet; a bill is being prepared.",
                "fr": "Aucune disposition spécifique à ce jour ; un projet de loi est en préparation.",
                "es": "No existen aún disposiciones específicas; se prepara un proyecto de ley."}[PROFILES[country]["lang"]]
    return "; ".join(cites)


def evidence_for(country, rnd, ind, ans, score, rng):
    lang = PROFILES[country]["lang"]
    if ind["dimension"] == "legislative":
        if score is not None and score > 0.3:
            if rng.random() < 0.82:
                ev = cite_law(country, rnd, ind, rng)
                if ev and rng.random() < 0.12:
                    see = {"en": "see also", "fr": "voir aussi", "es": "véase también"}[lang]
                    ev += "; %s %s" % (see, cite_case(country, rnd, rng))
                return ev or ""
            return ""
        if rng.random() < 0.18:
            return DRAFTS[country].format(y=int(rnd) - 1)
        if rng.random() < 0.1:
            return {"en": "No provision found in the Penal Code of Xea.",
                    "fr": "Aucune disposition dans le Code pénal.",
                    "es": "No hay disposición en el Código Penal."}[lang]
        return ""
    if rng.random() < 0.45:
        ev = cite_report(country, rnd, ind, rng)
        if rng.random() < 0.1:
            ev += "; " + cite_case(country, rnd, rng)
        return ev
    return ""


def answer_score(ind, ans):
    """Approximate score of an answer (for choosing evidence), None if unscored."""
    a = ans.strip().lower()
    at, sc = ind["answer_type"], ind["scoring"]
    if a in ("", "n/a", "unknown") or at == "text":
        return None
    if at in ("yesno", "yesnopartial"):
        return {"yes": 1.0, "partial": 0.5, "no": 0.0}[a]
    if at.startswith("scale:"):
        lo, hi = (float(x) for x in at[6:].split("-"))
        s = (float(a) - lo) / (hi - lo)
        return 1 - s if sc == "reverse" else s
    if at == "percent":
        return 1 - float(a) / 100 if sc == "reverse" else float(a) / 100
    if at == "number":
        return threshold_score(parse_thresholds(sc), float(a))
    if at.startswith("choice:"):
        return dict((k, float(v)) for k, v in (p.split("=") for p in sc.split(";")))[a]
    return None


def confidence_for(role, rng):
    if rng.random() < 0.5:
        return ""
    style = {"justice": "word", "police": "digit", "prosecution": "word",
             "fiu": "digit", "immigration": "mixed"}[role]
    if style == "mixed":
        style = rng.choice(["word", "digit"])
    pick = rng.choices([0, 1, 2], weights=[1, 3, 4])[0]
    return ["low", "medium", "high"][pick] if style == "word" else str(pick + 1)


def generate_assessment(country, rnd, indicators, art_off, ind_off, contested):
    rng = random.Random(seed_for(country, rnd))
    lang = PROFILES[country]["lang"]
    experts = ["%s-%s" % (country.lower(), r) for r in ROLES]
    bias = {  # systematic leaning of each role, per dimension
        "justice": (0.05, 0.0), "police": (-0.02, -0.05), "prosecution": (0.0, 0.03),
        "fiu": (0.0, 0.02), "immigration": (-0.03, 0.0)}
    facts = {}
    rows = []
    for role, expert in zip(ROLES, experts):
        given = {}  # this expert's answers so far, for follow-up questions
        for ind in indicators:
            inst, art = ind["instrument"], ind["article"]
            if country == "XEC" and rnd == "2023" and inst == "FP":
                continue  # not yet a party to the Firearms Protocol
            na_ok = ind.get("na", "") != "no"
            unjust = (country, rnd, role, ind["id"]) in UNJUSTIFIED_NA
            if ind["depends_on"]:
                applies, parent = follow_up_applies(ind["depends_on"], given)
                if applies is False:
                    # the expert's own answer makes the follow-up moot: a reasoned
                    # n/a, or no row where n/a is not allowed (na=no)
                    if na_ok and rng.random() < 0.5:
                        rows.append([country, rnd, expert, ind["id"], "n/a", "", "", "",
                                     MOOT[lang].format(p=parent)])
                    continue
            landlocked_na = (country == "XEB" and inst == "SOM" and art in ("7", "8", "9"))
            # the panel member most likely to answer always does, so that every
            # indicator has an answer in every assessment where it applies
            designated = max(ROLES, key=lambda r: answer_prob(r, ind)) == role
            if not unjust and not designated and rng.random() >= answer_prob(role, ind):
                if rng.random() < 0.15:  # row present, answer left blank
                    cm = rng.choice(COMMENTS[lang]) if rng.random() < 0.3 else ""
                    rows.append([country, rnd, expert, ind["id"], "", "", "", "", cm])
                continue
            comment = ""
            good = ""
            fact = screening_fact(country, rnd, ind) if ind.get("role") == "screening" else None
            forced = FORCED.get((country, rnd, ind["id"]))
            if unjust and na_ok:
                ans = "n/a"
            elif landlocked_na:
                ans = "n/a"
                comment = LANDLOCKED
            elif fact is not None:
                ans = fact
            elif forced is not None:
                ans = forced
            elif ind["answer_type"] == "text":
                ans = text_answer(country, rnd, ind, rng)
            elif (na_ok and rng.random() < 0.03 and (ind["dimension"] == "implementation"
                                                     or ind["obligation"] != "mandatory")):
                ans = "n/a"
                comment = NA_REASON[lang]
            elif rng.random() < 0.012:
                ans = "unknown"
            else:
                t = latent(country, rnd, ind, art_off, ind_off)
                b = bias[role][0 if ind["dimension"] == "legislative" else 1]
                sd = 0.28 if ind["id"] in contested else 0.07
                t = clamp(t + b + rng.gauss(0, sd))
                ans = make_answer(ind, t, rng, facts)
                if ind["answer_type"] in ("yesno", "yesnopartial") and rng.random() < 0.025:
                    ans = ans.capitalize()
                elif ind["answer_type"].startswith("choice:") and rng.random() < 0.03:
                    ans = ans.capitalize()
            score = answer_score(ind, ans)
            evidence = ""
            if ans not in ("n/a", "unknown") and ind["answer_type"] != "text":
                evidence = evidence_for(country, rnd, ind, ans, score, rng)
            if score is not None and score >= 0.75 and rng.random() < 0.035:
                good = rng.choice(GOOD_PRACTICE.get(topic_of(ind), GOOD_PRACTICE["coop"]))
            if not comment and not (unjust and ans == "n/a") and rng.random() < 0.05:
                comment = rng.choice(COMMENTS[lang])
            given[ind["id"]] = ans
            rows.append([country, rnd, expert, ind["id"], ans,
                         confidence_for(role, rng) if ans else "",
                         evidence, good, comment])
    return rows


def load_indicators(directory):
    out = []
    for fn in INDICATOR_FILES:
        with open(os.path.join(directory, fn), encoding="utf-8", newline="") as f:
            out.extend(csv.DictReader(f))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--indicators", default=os.path.join(HERE, "..", "indicators"))
    ap.add_argument("--out", default=os.path.join(HERE, "answers"))
    args = ap.parse_args()
    indicators = load_indicators(args.indicators)
    os.makedirs(args.out, exist_ok=True)
    for country in sorted(PROFILES):
        crng = random.Random(seed_for(country))
        # article strengths and weaknesses persist across rounds
        art_off = {}
        for ind in indicators:
            key = (ind["instrument"], ind["article"])
            if key not in art_off:
                art_off[key] = crng.gauss(0, 0.12)
        ind_off = {ind["id"]: crng.gauss(0, 0.1) for ind in indicators}
        contested = {ind["id"] for ind in indicators if crng.random() < 0.08}
        for rnd in ROUNDS:
            rows = generate_assessment(country, rnd, indicators, art_off, ind_off, contested)
            path = os.path.join(args.out, "%s-%s.csv" % (country, rnd))
            with open(path, "w", encoding="utf-8", newline="") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(HEADER)
                w.writerows(rows)
            print("wrote %s (%d rows)" % (os.path.relpath(path), len(rows)))


if __name__ == "__main__":
    main()
