# Shared by the hostile-input fixtures (scripts/hostile_fixtures.py, scripts/hostile_numbers.py).
import json
import os


def case(cls, name, argv, expect, checks=(), **extra):
    """One case (see the top of this file); `extra` holds limit, setup, unchanged, ..."""
    return dict(cls=cls, name=name, argv=argv, expect=set(expect), checks=list(checks), **extra)


def write_json(path, document):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=1)
    return path


def load_base(root):
    with open(os.path.join(root, "scenarios/myk10/myk10.json"), encoding="utf-8") as f:
        base = json.load(f)
    base.pop("$schema", None)
    return base
