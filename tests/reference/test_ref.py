#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Self-test of ref.py on small cases worked out by hand (SPEC rules 8-13).

  python3 tests/reference/test_ref.py [-v]

Each test writes an indicator set and an answer sheet to a temporary
directory, scores them with ref.py (default Options, median consensus) and
checks the numbers derived by hand in the comments.
"""
import csv
import os
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ref  # noqa: E402

IND_COLS = ["id", "instrument", "article", "article_title", "dimension",
            "question", "answer_type", "obligation", "weight",
            "article_weight", "depends_on", "alternative", "role", "na"]
ANS_COLS = ["country", "round", "expert", "indicator", "answer", "evidence",
            "comment", "score"]


def ind(iid, art="5", dim="legislative", at="yesno", inst="UNTOC", **kw):
    r = {"id": iid, "instrument": inst, "article": art, "dimension": dim,
         "question": "Q?", "answer_type": at}
    r.update(kw)
    return r


def ans(expert, iid, answer, **kw):
    r = {"country": "XAA", "round": "2026", "expert": expert,
         "indicator": iid, "answer": answer}
    r.update(kw)
    return r


class Case(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="test_ref_")

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def write(self, name, cols, rows):
        p = os.path.join(self.dir, name)
        with open(p, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for r in rows:
                w.writerow([r.get(c, "") for c in cols])
        return p

    def score(self, inds, answers, rule="median"):
        i = self.write("ind.csv", IND_COLS, inds)
        a = self.write("ans.csv", ANS_COLS, answers)
        out = ref.score_all([i], [a], rule)
        self.assertEqual(list(out), ["XAA/2026"])
        return out["XAA/2026"]

    def art(self, rep, art="5", dim="legislative", inst=0):
        for a in rep["instruments"][inst]["articles"]:
            if a["article"] == art:
                return a[dim]
        raise KeyError(art)

    def needs(self, rep):
        return [(n["kind"], n["instrument"], n["article"], n["dimension"],
                 n["priority"]) for n in rep["ta_needs"]]


class Rule8Alternatives(Case):
    def test_either_or(self):
        # 5(1)(a)(i) "no" + 5(1)(a)(ii) "yes" share label 5(1)(a): one unit,
        # consensus max(0, 1) = 1, weight max(2, 1) = 2, obligation
        # strictest(mandatory, consider) = mandatory.  L3 (optional, w 1)
        # "no" is a unit of its own.
        #   score    = (2*1 + 1*0) / 3 = 0.6667, gap 0.3333, coverage 1
        #   required = mandatory units only = 2*1/2 = 1 -> rating C, rated
        #   gap need = aw 1 * (2*(1-1)*1 + 1*(1-0)*0.25) / 3 = 0.0833
        rep = self.score(
            [ind("L1", weight="2", alternative="5(1)(a)"),
             ind("L2", weight="1", obligation="consider", alternative="5(1)(a)"),
             ind("L3", obligation="optional")],
            [ans("e1", "L1", "no"), ans("e1", "L2", "yes"),
             ans("e1", "L3", "no")])
        d = self.art(rep)
        self.assertEqual((d["score"], d["gap"], d["coverage"]), (0.6667, 0.3333, 1))
        self.assertEqual((d["required_score"], d["rating"], d["status"]),
                         (1, "C", "rated"))
        self.assertEqual([(i["id"], i["score"]) for i in d["indicators"]],
                         [("L1", 0), ("L2", 1), ("L3", 0)])
        self.assertEqual(self.needs(rep),
                         [("gap", "UNTOC", "5", "legislative", 0.0833)])

    def test_only_one_alternative_yes_is_enough(self):
        # Alternatives only: "no" + "yes" -> unit 1, score 1, gap 0, no need.
        rep = self.score(
            [ind("L1", alternative="a"), ind("L2", alternative="a")],
            [ans("e1", "L1", "no"), ans("e1", "L2", "yes")])
        d = self.art(rep)
        self.assertEqual((d["score"], d["required_score"], d["rating"]), (1, 1, "C"))
        self.assertEqual(rep["ta_needs"], [])

    def test_unit_not_applicable_and_missing(self):
        # Unit a: L1 n/a (with reason), L2 no answer -> no member answered,
        # one n/a -> the unit is not applicable (out of coverage).
        # Unit b: L3 missing, L4 "unknown" -> missing, weight max(1, 3) = 3.
        # L5 (w 1) "yes" answered.
        #   coverage = 1 / (3 + 1) = 0.25 -> insufficient-data
        #   score 1; information need = 1 * 3 / 4 = 0.75
        rep = self.score(
            [ind("L1", alternative="a"), ind("L2", alternative="a"),
             ind("L3", alternative="b"), ind("L4", alternative="b", weight="3"),
             ind("L5")],
            [ans("e1", "L1", "n/a", comment="no such offence"),
             ans("e1", "L4", "unknown"), ans("e1", "L5", "yes")])
        d = self.art(rep)
        self.assertEqual((d["score"], d["coverage"], d["required_score"]), (1, 0.25, 1))
        self.assertEqual((d["rating"], d["status"]), (None, "insufficient-data"))
        self.assertEqual(self.needs(rep),
                         [("information", "UNTOC", "5", "legislative", 0.75)])

    def test_label_in_two_articles_is_an_error(self):
        with self.assertRaises(ValueError):
            self.score([ind("L1", alternative="x"),
                        ind("L2", art="6", alternative="x")],
                       [ans("e1", "L1", "yes")])


class Rule9Reasons(Case):
    def test_na_without_reason_is_missing(self):
        # Both experts answer n/a to L1 (w 1): e1 with no reason, e2 with a
        # reason of white space only -> both unjustified -> L1 missing.
        # L2 (w 1) "yes".  coverage = 1/2 = 0.5 -> not below 0.5 -> rated,
        # required 1 -> C.  Information need: aw 2 * 1 / 2 = 1.
        rep = self.score(
            [ind("L1", article_weight="2"), ind("L2", article_weight="2")],
            [ans("e1", "L1", "n/a"), ans("e2", "L1", "N/A", evidence="  ", comment="\t"),
             ans("e1", "L2", "yes")])
        d = self.art(rep)
        self.assertEqual((d["score"], d["coverage"], d["rating"], d["status"]),
                         (1, 0.5, "C", "rated"))
        self.assertEqual(sorted((u["indicator"], u["expert"]) for u in rep["unjustified_na"]),
                         [("L1", "e1"), ("L1", "e2")])
        self.assertEqual(self.needs(rep),
                         [("information", "UNTOC", "5", "legislative", 1)])

    def test_na_with_reason_is_not_applicable(self):
        # The same with reasons: L1 not applicable -> coverage 1/1, no needs.
        rep = self.score(
            [ind("L1"), ind("L2")],
            [ans("e1", "L1", "n/a", evidence="Art. 2 does not apply"),
             ans("e2", "L1", "n/a", comment=" none "), ans("e1", "L2", "yes")])
        d = self.art(rep)
        self.assertEqual((d["score"], d["coverage"], d["status"]), (1, 1, "rated"))
        self.assertEqual(rep["unjustified_na"], [])
        self.assertEqual(rep["ta_needs"], [])

    def test_all_na_without_reason(self):
        # Only L1, only unjustified n/a: missing, coverage 0/1 = 0, score
        # null -> insufficient-data; information need 1 * 1/1 = 1.
        rep = self.score([ind("L1")], [ans("e1", "L1", "n/a")])
        d = self.art(rep)
        self.assertEqual((d["score"], d["coverage"], d["required_score"]), (None, 0, None))
        self.assertEqual((d["rating"], d["status"]), (None, "insufficient-data"))
        self.assertEqual(rep["unjustified_na"], [{"indicator": "L1", "expert": "e1"}])
        self.assertEqual(self.needs(rep),
                         [("information", "UNTOC", "5", "legislative", 1)])

    def test_na_to_core_offence_is_an_error(self):
        with self.assertRaises(ValueError):
            self.score([ind("L1", na="no")],
                       [ans("e1", "L1", "n/a", comment="reason")])


class Rule10Ratings(Case):
    def test_discretionary_article(self):
        # Article 10 only "consider"/"optional": score (0 + 1)/2 = 0.5, but no
        # mandatory unit -> rating null, status discretionary, required null.
        # Gap need = 1 * (1*1*0.5 + 1*0*0.25) / 2 = 0.25.
        rep = self.score(
            [ind("L1", art="10", obligation="consider"),
             ind("L2", art="10", obligation="optional")],
            [ans("e1", "L1", "no"), ans("e1", "L2", "yes")])
        d = self.art(rep, "10")
        self.assertEqual((d["score"], d["required_score"], d["rating"], d["status"]),
                         (0.5, None, None, "discretionary"))
        self.assertEqual(rep["instruments"][0]["legislative"]["status"], "discretionary")
        self.assertEqual(rep["overall"]["legislative"]["status"], "discretionary")
        self.assertEqual(self.needs(rep),
                         [("gap", "UNTOC", "10", "legislative", 0.25)])

    def test_coverage_below_threshold(self):
        # Three mandatory units, one answered "yes": coverage 1/3 = 0.3333
        # < 0.5 -> rating null, insufficient-data although required = 1.
        # Information need = 1 * 2/3 = 0.6667.
        rep = self.score([ind("L1"), ind("L2"), ind("L3")],
                         [ans("e1", "L1", "yes"), ans("e1", "L2", "")])
        d = self.art(rep)
        self.assertEqual((d["coverage"], d["required_score"], d["rating"], d["status"]),
                         (0.3333, 1, None, "insufficient-data"))
        self.assertEqual(self.needs(rep),
                         [("information", "UNTOC", "5", "legislative", 0.6667)])

    def test_bands_on_rounded_values(self):
        # A given score 0.84996 rounds to 0.85 -> C (not LC); 0.64994 rounds
        # to 0.6499 -> moderate (implementation), below 0.65.
        rep = self.score(
            [ind("L1"), ind("I1", dim="implementation")],
            [ans("e1", "L1", "yes", score="0.84996"),
             ans("e1", "I1", "yes", score="0.64994")])
        self.assertEqual((self.art(rep)["required_score"], self.art(rep)["rating"]),
                         (0.85, "C"))
        d = self.art(rep, dim="implementation")
        self.assertEqual((d["required_score"], d["rating"]), (0.6499, "moderate"))

    def test_required_score_above_article_level(self):
        # UNTOC art 5 (aw 1): mandatory "yes" + optional "no":
        #   score 0.5, required 1.  art 6 (aw 3): mandatory "partial": 0.5.
        # UNTOC legislative: score = (1*0.5 + 3*0.5)/4 = 0.5,
        #   required = (1*1 + 3*0.5)/4 = 0.625 -> PC; coverage 1.
        # TIP art 3 mandatory "yes": required 1 -> C.
        # overall: required = (0.625 + 1)/2 = 0.8125 -> LC; score (0.5+1)/2 = 0.75.
        # A consider-only implementation in UNTOC art 5: instrument
        # implementation discretionary; TIP has no implementation indicator:
        # discretionary too -> overall implementation discretionary.
        rep = self.score(
            [ind("L1"), ind("L2", obligation="optional"),
             ind("L3", art="6", at="yesnopartial", article_weight="3"),
             ind("I1", dim="implementation", obligation="consider"),
             ind("T1", inst="TIP", art="3")],
            [ans("e1", "L1", "yes"), ans("e1", "L2", "no"),
             ans("e1", "L3", "partial"), ans("e1", "I1", "yes"),
             ans("e1", "T1", "yes")])
        u = rep["instruments"][0]["legislative"]
        self.assertEqual((u["score"], u["required_score"], u["rating"], u["status"]),
                         (0.5, 0.625, "PC", "rated"))
        o = rep["overall"]["legislative"]
        self.assertEqual((o["score"], o["required_score"], o["rating"], o["coverage"]),
                         (0.75, 0.8125, "LC", 1))
        self.assertEqual(rep["instruments"][0]["implementation"]["status"], "discretionary")
        self.assertEqual(rep["instruments"][1]["implementation"]["status"], "discretionary")
        self.assertEqual(rep["overall"]["implementation"]["status"], "discretionary")

    def test_instrument_coverage_below_threshold(self):
        # art 5 (aw 1) coverage 1, art 6 (aw 3) coverage 0 (all missing):
        # instrument coverage = (1*1 + 3*0)/4 = 0.25 < 0.5 -> insufficient-data
        # though art 5 is rated; overall coverage 0.25 too.
        rep = self.score(
            [ind("L1"), ind("L2", art="6", article_weight="3")],
            [ans("e1", "L1", "yes"), ans("e1", "L2", "unknown")])
        u = rep["instruments"][0]["legislative"]
        self.assertEqual((u["coverage"], u["required_score"], u["rating"], u["status"]),
                         (0.25, 1, None, "insufficient-data"))
        self.assertEqual(self.art(rep)["status"], "rated")
        self.assertEqual(rep["overall"]["legislative"]["status"], "insufficient-data")


class Rule11Screening(Case):
    def test_screening_decides_and_is_not_scored(self):
        # S screening "no"; F1 depends_on S=yes -> not applicable (its "no"
        # does not count); L2 "yes".  S is out of score and coverage:
        # score 1, coverage 1/1.  S's indicator score is null.
        # Alpha: no indicator with 2 answers -> null (one expert anyway).
        rep = self.score(
            [ind("S", role="screening"), ind("F1", depends_on="S=yes"), ind("L2")],
            [ans("e1", "S", "no"), ans("e1", "F1", "no"), ans("e1", "L2", "yes")])
        d = self.art(rep)
        self.assertEqual((d["score"], d["coverage"], d["status"]), (1, 1, "rated"))
        self.assertEqual([(i["id"], i["score"]) for i in d["indicators"]],
                         [("S", None), ("F1", None), ("L2", 1)])
        self.assertEqual(rep["ta_needs"], [])

    def test_screening_yes_keeps_follow_up(self):
        # S "yes": F1 (S=yes) applies, its "no" counts: score (0+1)/2 = 0.5.
        rep = self.score(
            [ind("S", role="screening"), ind("F1", depends_on="S=yes"), ind("L2")],
            [ans("e1", "S", "yes"), ans("e1", "F1", "no"), ans("e1", "L2", "yes")])
        self.assertEqual(self.art(rep)["score"], 0.5)

    def test_instrument_answered_only_through_screening(self):
        # TIP answered only through its screening row: it is in the report
        # (rule 6: it has answers); its one mandatory unit T1 is missing:
        # coverage 0, insufficient-data, information need 1*1/1 = 1.  A
        # dimension holding only the screening question has no unit:
        # discretionary, score and coverage null.
        rep = self.score(
            [ind("L1"), ind("TS", inst="TIP", art="3", role="screening"),
             ind("T1", inst="TIP", art="3", dim="implementation")],
            [ans("e1", "L1", "yes"), ans("e1", "TS", "yes")])
        self.assertEqual([i["id"] for i in rep["instruments"]], ["UNTOC", "TIP"])
        t = rep["instruments"][1]
        d = t["articles"][0]["legislative"]
        self.assertEqual((d["score"], d["coverage"], d["status"]),
                         (None, None, "discretionary"))
        d = t["articles"][0]["implementation"]
        self.assertEqual((d["coverage"], d["status"]), (0, "insufficient-data"))
        self.assertIn(("information", "TIP", "3", "implementation", 1), self.needs(rep))


class Rule12Needs(Case):
    def test_priorities_and_order(self):
        # art 5 leg (aw 1): A mandatory w 2 missing, B mandatory w 1 "no",
        #   C optional w 1 n/a with reason (out).
        #   gap  = 1 * (1*(1-0)*1) / 1 = 1
        #   info = 1 * 2 / (2 + 1) = 0.6667
        # art 6 impl (aw 0.5): D mandatory "no": gap = 0.5 * 1 = 0.5
        # art 7 leg (aw 1): E "no", F missing: gap 1 * 1/1 = 1, info 1/2 = 0.5
        # art 8 leg (aw 1): G "partial", H missing: gap 0.5, info 0.5;
        #        impl: I "partial": gap 0.5
        # Order: priority desc; ties by article order, dimension order, gap
        # before information:
        #   gap5L 1, gap7L 1, info5L 0.6667, gap6I 0.5, info7L 0.5,
        #   gap8L 0.5, info8L 0.5, gap8I 0.5
        rep = self.score(
            [ind("A", weight="2"), ind("B"), ind("C", obligation="optional"),
             ind("D", art="6", dim="implementation", article_weight="0.5"),
             ind("E", art="7"), ind("F", art="7"),
             ind("G", art="8", at="yesnopartial"), ind("H", art="8"),
             ind("I", art="8", dim="implementation", at="yesnopartial")],
            [ans("e1", "B", "no"), ans("e1", "C", "n/a", evidence="not relevant"),
             ans("e1", "D", "no"), ans("e1", "E", "no"),
             ans("e1", "G", "partial"), ans("e1", "I", "partial")])
        self.assertEqual(self.needs(rep), [
            ("gap", "UNTOC", "5", "legislative", 1),
            ("gap", "UNTOC", "7", "legislative", 1),
            ("information", "UNTOC", "5", "legislative", 0.6667),
            ("gap", "UNTOC", "6", "implementation", 0.5),
            ("information", "UNTOC", "7", "legislative", 0.5),
            ("gap", "UNTOC", "8", "legislative", 0.5),
            ("information", "UNTOC", "8", "legislative", 0.5),
            ("gap", "UNTOC", "8", "implementation", 0.5)])

    def test_no_information_need_for_optional_missing(self):
        # Missing optional unit: no information need; gap 0 -> no gap need.
        rep = self.score([ind("A"), ind("B", obligation="optional")],
                         [ans("e1", "A", "yes")])
        self.assertEqual(rep["ta_needs"], [])


class Rule13Readings(Case):
    def test_partial_parent_with_two_values(self):
        # P "partial" (0.5).  F: P=yes|partial applies; G: P!=partial does
        # not apply; H: P=yes does not apply; K: P!=no applies.
        # Applicable units P, F, K: score (0.5 + 1 + 0)/3 = 0.5, coverage 1.
        rep = self.score(
            [ind("P", at="yesnopartial"), ind("F", depends_on="P=yes|partial"),
             ind("G", depends_on="P!=partial"), ind("H", depends_on="P=Yes"),
             ind("K", depends_on="P!=no")],
            [ans("e1", "P", "partial"), ans("e1", "F", "yes"),
             ans("e1", "G", "yes"), ans("e1", "H", "yes"), ans("e1", "K", "no")])
        d = self.art(rep)
        self.assertEqual([(i["id"], i["score"]) for i in d["indicators"]],
                         [("P", 0.5), ("F", 1), ("G", None), ("H", None), ("K", 0)])
        self.assertEqual((d["score"], d["coverage"]), (0.5, 1))

    def test_parent_compared_by_own_consensus(self):
        # P "no", Q "yes" are alternatives (unit consensus 1), but F
        # (P=yes) compares P's own consensus 0: F does not apply.
        rep = self.score(
            [ind("P", alternative="u"), ind("Q", alternative="u"),
             ind("F", depends_on="P=yes")],
            [ans("e1", "P", "no"), ans("e1", "Q", "yes"), ans("e1", "F", "no")])
        d = self.art(rep)
        self.assertEqual(d["indicators"][2]["score"], None)
        self.assertEqual((d["score"], d["coverage"]), (1, 1))

    def test_given_score_overrides_and_feeds_agreement(self):
        # L1 yesno: e1 "no" with score 0.5, e2 "yes" (score cell empty: 1).
        # median of (0.5, 1) = 0.75.  L2 yesnopartial: e1 "yes" with score
        # 0.5, e2 "partial" 0.5 -> 0.5.  score = (0.75 + 0.5)/2 = 0.625.
        # Alpha (interval): values L1 [0.5, 1], L2 [0.5, 0.5]; n = 4.
        #   Do = (2*0.25/1 + 0) / 4 = 0.125
        #   De: ordered pairs of (0.5, 1, 0.5, 0.5): 6 pairs with 0.25 ->
        #       1.5 / (4*3) = 0.125 -> alpha = 1 - 0.125/0.125 = 0
        # Without the override on L1 ("no" = 0) alpha would differ.
        rep = self.score(
            [ind("L1"), ind("L2", at="yesnopartial")],
            [ans("e1", "L1", "no", score="0.5"), ans("e2", "L1", "yes", score=""),
             ans("e1", "L2", "yes", score="0.5"), ans("e2", "L2", "partial")])
        d = self.art(rep)
        self.assertEqual([(i["id"], i["score"]) for i in d["indicators"]],
                         [("L1", 0.75), ("L2", 0.5)])
        self.assertEqual(d["indicators"][0]["experts"], [["e1", 0.5], ["e2", 1]])
        self.assertEqual(d["score"], 0.625)
        self.assertEqual(rep["agreement"]["krippendorff_alpha"], 0)

    def test_agreement_uses_answers_that_do_not_apply(self):
        # S screening "no" by both (0, 0); F (S=yes) does not apply but e1
        # "yes" (1), e2 "no" (0) still feed alpha; L yes/yes (1, 1).
        # Values: S [0,0], F [1,0], L [1,1]; n = 6.
        #   Do = (0 + 2*1/1 + 0) / 6 = 1/3
        #   De: values 0,0,1,0,1,1 (three 0s, three 1s): ordered pairs
        #       differing = 2*3*3 = 18 -> 18 / 30 = 0.6
        #   alpha = 1 - (1/3)/0.6 = 0.4444
        rep = self.score(
            [ind("S", role="screening"), ind("F", depends_on="S=yes"), ind("L")],
            [ans("e1", "S", "no"), ans("e2", "S", "no"),
             ans("e1", "F", "yes"), ans("e2", "F", "no"),
             ans("e1", "L", "yes"), ans("e2", "L", "yes")])
        self.assertEqual(rep["agreement"]["krippendorff_alpha"], 0.4444)
        self.assertEqual(self.art(rep)["score"], 1)

    def test_text_and_screening_never_units(self):
        # T (text) and S (screening) carry label "a" with L1 "no": they do
        # not join the unit; L1 alone: score 0; S "yes" is not a consensus
        # of the unit.  Coverage 1/1.
        rep = self.score(
            [ind("T", at="text", alternative="a"),
             ind("S", role="screening", alternative="a"),
             ind("L1", alternative="a")],
            [ans("e1", "T", "Act 5"), ans("e1", "S", "yes"), ans("e1", "L1", "no")])
        d = self.art(rep)
        self.assertEqual((d["score"], d["coverage"], d["rating"]), (0, 1, "NC"))

    def test_dimension_without_mandatory_unit_ignores_coverage(self):
        # consider-only dimension with coverage 0: discretionary, not
        # insufficient-data; a mandatory unit that is not applicable still
        # counts as a mandatory unit: all-n/a -> coverage null -> insufficient.
        rep = self.score(
            [ind("L1", obligation="consider"), ind("L2", obligation="consider"),
             ind("I1", dim="implementation")],
            [ans("e1", "L1", "unknown"), ans("e1", "I1", "n/a", comment="no body")])
        self.assertEqual(self.art(rep)["status"], "discretionary")
        d = self.art(rep, dim="implementation")
        self.assertEqual((d["coverage"], d["status"]), (None, "insufficient-data"))


if __name__ == "__main__":
    unittest.main()
