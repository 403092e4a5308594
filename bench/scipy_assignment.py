# The same pairing with scipy, for `npm run bench`: reads the candidate pairs the bench wrote
# (binary, little-endian), builds the dense cost matrix — one column per mentor place — and solves
# it with scipy.optimize.linear_sum_assignment. Forbidden pairs cost 10^6, so the solver first
# matches as many mentees as it can, then maximises the total score (cost = 101 − score), the
# objective of the CLI. Prints one JSON line: times in ms, matched, total score.
import json
import sys
import time

started = time.perf_counter()
import numpy as np
from scipy.optimize import linear_sum_assignment

imported = time.perf_counter()
with open(sys.argv[1], 'rb') as f:
    mentees, mentors, arcs = np.frombuffer(f.read(12), dtype='<i4')
    capacity = np.frombuffer(f.read(4 * mentors), dtype='<i4').astype(np.int64)
    mentee = np.frombuffer(f.read(4 * arcs), dtype='<i4').astype(np.int64)
    mentor = np.frombuffer(f.read(4 * arcs), dtype='<i4').astype(np.int64)
    score = np.frombuffer(f.read(arcs), dtype='u1').astype(np.float64)

FORBIDDEN = 1e6
first_place = np.concatenate(([0], np.cumsum(capacity)[:-1]))
places = int(capacity.sum())
cost = np.full((int(mentees), places), FORBIDDEN)
repeats = capacity[mentor]
rows = np.repeat(mentee, repeats)
offsets = np.arange(int(repeats.sum())) - np.repeat(np.cumsum(repeats) - repeats, repeats)
cost[rows, np.repeat(first_place[mentor], repeats) + offsets] = np.repeat(101 - score, repeats)
built = time.perf_counter()

r, c = linear_sum_assignment(cost)
solved = time.perf_counter()
chosen = cost[r, c]
feasible = chosen < FORBIDDEN
print(json.dumps({
    'importMs': (imported - started) * 1000,
    'buildMs': (built - imported) * 1000,
    'solveMs': (solved - built) * 1000,
    'places': places,
    'matched': int(feasible.sum()),
    'totalScore': int((101 - chosen[feasible]).sum()),
}))
