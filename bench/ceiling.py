"""How far any alignment could go on the development gold: an oracle ceiling per claim size.

    .venv/bin/python bench/ceiling.py [--gold tests/data/dev-gold]

The scorer holds a gold anchor by every claim whose span overlaps it, and a claim is in one
group at most (../shared/schema/report.md). A claim that overlaps anchors of two gold
families therefore costs a false merge whenever it is grouped with either one's match. This
script cuts every source into claims (compare's own claims, or every N words), then groups
them as well as the gold allows, and scores the grouping by the scorer's rules:

- assign: each claim joins the gold group whose anchors it overlaps most (recall first);
- pure: as assign, but a claim that overlaps anchors of two gold families stays alone
  (no false merge at all).

No real aligner does better than these on recall at their false-merge rate, so the table
says which targets a given claim size can reach at all. Reads the corpora (../shared);
prints a Markdown table.
"""
from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compare.claims import extract_claims  # noqa: E402
from compare.evaluate import story_texts  # noqa: E402
from compare.ingest import load_sources  # noqa: E402


def word_chunks(text: str, n: int) -> list[tuple[int, int]]:
    words = [m.span() for m in re.finditer(r"\S+", text)]
    return [(words[k][0], words[min(k + n, len(words)) - 1][1]) for k in range(0, len(words), n)]


def score(gold: dict, texts: dict[str, str], claims: dict[str, list[tuple[int, int]]], pure: bool) -> tuple[int, int, int, int]:
    """(aligned pairs, gold pairs, merged pairs, cross-family pairs) of the oracle grouping."""
    family = {g["id"]: g["family"] for g in gold["groups"]}
    anchors = []  # (group id, source, start, end)
    for g in gold["groups"]:
        for a in g["anchors"]:
            i = texts[a["source"]].find(a["quote"])
            anchors.append((g["id"], a["source"], i, i + len(a["quote"])))
    group_of: dict[tuple[str, int], str] = {}
    for source, spans in claims.items():
        own = [a for a in anchors if a[1] == source]
        for k, (s, e) in enumerate(spans):
            overlaps = [(min(e, b) - max(s, a), gid) for gid, _, a, b in own if min(e, b) > max(s, a)]
            if not overlaps or (pure and len({family[gid] for _, gid in overlaps}) > 1):
                continue
            group_of[(source, k)] = max(overlaps, key=lambda o: o[0])[1]

    def groups(anchor) -> set[str]:
        _, source, a, b = anchor
        return {group_of[(source, k)] for k, (s, e) in enumerate(claims[source]) if s < b and e > a and (source, k) in group_of}

    held = {x: groups(x) for x in anchors}
    hit = total = merged = pairs = 0
    for x, y in itertools.combinations(anchors, 2):
        if x[1] == y[1]:
            continue
        together = bool(held[x] & held[y])
        if x[0] == y[0]:
            total += 1
            hit += together
        elif family[x[0]] != family[y[0]]:
            pairs += 1
            merged += together
    return hit, total, merged, pairs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "tests/data/dev-gold")
    args = ap.parse_args()
    stories = []
    for path in sorted(args.gold.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        folder = ROOT / gold["corpus"]
        if folder.is_dir():
            stories.append((gold, folder, story_texts(gold, folder)))
    if not stories:
        sys.exit(f"ceiling: the corpora named in {args.gold} are absent")
    sizes = {"compare's claims": None, **{f"every {n} words": n for n in (16, 8, 4, 2, 1)}}
    print(f"Oracle ceiling on {len(stories)} development stories (bench/ceiling.py)\n")
    print("| claims | mean words | assign: align_recall / false_merge | pure: align_recall / false_merge |")
    print("|---|---|---|---|")
    for label, n in sizes.items():
        cells, words, count = [], 0, 0
        per_story = []
        for gold, folder, texts in stories:
            if n is None:
                files = sorted(str(p) for p in folder.iterdir() if p.stem in gold["sources"])
                claims = {s.id: [(c.start, c.end) for c in extract_claims(s)] for s in load_sources(files)}
            else:
                claims = {sid: word_chunks(t, n) for sid, t in texts.items()}
            per_story.append((gold, texts, claims))
            for sid, spans in claims.items():
                words += sum(len(texts[sid][s:e].split()) for s, e in spans)
                count += len(spans)
        for pure in (False, True):
            h = t = m = p = 0
            for gold, texts, claims in per_story:
                a, b, c, d = score(gold, texts, claims, pure)
                h, t, m, p = h + a, t + b, m + c, p + d
            cells.append(f"{h / t:.3f} / {m / p:.3f}")
        print(f"| {label} | {words / max(count, 1):.1f} | {cells[0]} | {cells[1]} |", flush=True)


if __name__ == "__main__":
    main()
