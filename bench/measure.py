"""Run one command and print its wall time, cpu time (user + system, its children included) and
peak RSS as JSON.

The bench starts commands through this small launcher so that a child's peak RSS is its
own: a child forked straight from the bench process would inherit the bench's high-water
mark (models it loaded) in ru_maxrss.
"""
import json
import os
import subprocess
import sys
import time

t = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
print(json.dumps({"wall": time.perf_counter() - t, "cpu": usage.ru_utime + usage.ru_stime, "rss_mib": usage.ru_maxrss / 1024,
                  "code": os.waitstatus_to_exitcode(status)}))
