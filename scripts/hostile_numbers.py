# Hostile-input fixtures for numbers (issue #19 classes 1 and 10): every documented number at
# and beyond its limits through every command that computes, and numbers that could change a
# proven optimum. Python 3 standard library only; see scripts/hostile_fixtures.py for the format.
import copy
import os

from hostile_support import case, write_json

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
               ("bundleValue", bundle), ("switchingCost", policy("switchingCost")),
               ("discountRate", policy("discountRate")),
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
        short = ["--quarters", "1", "--time-limit", "10"]
        follow = [  # run only when the file validates: the commands that compute
            case(1, f"plan {label}", ["plan", path, "--format", "json"] + short, {0, 1, 2}, ["plan-consistent"],
                 limit=10),
            case(1, f"decide {label}", ["decide", path, "--no-alternatives"] + short, {0, 1, 2}, ["terminal"],
                 limit=10),
            case(1, f"explain {label}", ["explain", path, "--team", "T1", "--quarter", "2027-Q1"] + short, {0, 1, 2},
                 ["terminal"], limit=10),
            case(1, f"report {label}", ["report", path, "--format", "html", "--out", path + ".html"] + short, {0, 1, 2},
                 ["xml:" + path + ".html"], limit=10),
            case(1, f"score {label}", ["score", path, "--format", "csv"], {0}, ["csv-stdout"]),
        ]
        cases.append(case(1, f"validate {label}", ["validate", path], {0, 65}, ["located"], follow=follow))
    sweeps = ["budget.total=0:1:1e-300", "policy.discountRate=0:1:1e-320", "budget.total=-1e308:1e308:1e307",
              "weight.gemeinwohl=1e308", "weight.Z1.gemeinwohl=0:1e308:1e306", "horizon.quarters=1e300",
              "teams.Z1=1e18",
              "policy.valueScale=5e-324,1e308", "budget.total=nan", "budget.total=inf", "budget.perQuarter=1e13",
              "horizon.quarters=0:1e18:1", "programme.fundingRate=-0,1e-320", "policy.switchingCost=1e308:1e308:1",
              "weight.gemeinwohl=0:1:0.3333333333333333", "budget.ownShareCap=1e9,1e9"]
    for _ in range(6):
        parameter = rng.choice(["budget.total", "policy.discountRate", "weight.gemeinwohl", "policy.valueScale"])
        start, stop = rng.choice(["0", "-1e308", "1e-320"]), rng.choice(["1", "1e308", "5e-324"])
        sweeps.append(f"{parameter}={start}:{stop}:{rng.choice(['1e-300', '1e307', '0.5'])}")
    settings = ["weight.gemeinwohl=1e308", "policy.valueScale=1e308", "policy.discountRate=1e-320", "budget.total=1e13",
                "weight.Z1.gemeinwohl=5e-324", "horizon.quarters=1e18", "teams.Z1=-1", "programme.fundingRate=1e-320",
                "policy.switchingCost=-1e308", f"weight.gemeinwohl={rng.choice(EXTREMES)!r}",
                f"policy.valueScale={rng.choice(EXTREMES)!r}"]
    base_path = os.path.join(work, "base.json")
    short = ["--quarters", "1", "--time-limit", "10"]
    for setting in settings:
        cases.append(case(1, f"plan --set {setting}", ["plan", base_path, "--set", setting] + short, {0, 1, 2, 64, 65},
                          ["located", "terminal"], limit=10))
    for spec in sweeps:
        cases.append(case(1, f"sweep --vary {spec}", ["sweep", base_path, "--vary", spec] + short, {0, 64, 65},
                          ["located", "terminal"]))
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
        argv = ["plan", path, "--quarters", "2", "--format", "json", "--time-limit", "10"]
        cases.append(case(10, f"money {money:g} per team-quarter", argv, {0, 1, 2, 65}, ["located", "plan-consistent"],
                          limit=10))
    return cases
