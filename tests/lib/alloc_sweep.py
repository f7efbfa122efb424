#!/usr/bin/env python3
# ctest-labels: normal-only
"""Allocation-failure sweep over cmocka test programs (docs/testing.md).

For each test case of each program: one run counts the library allocations
the case makes (A); then runs with the Nth of them failing (lib/allocfail.c),
for every N in 1..A (DD_ALLOCFAIL_FULL=1) or for a sample of them (default:
the first 4 and up to DD_ALLOCFAIL_SAMPLES-4 (default 2) more spread over
the rest; fewer for slow cases). Each run must end cleanly: the case may pass or fail, but
no crash (signal, or cmocka's "failed with exception") in the library (gdb
tells where: a crash in the test's own code on what a failed call returned
is listed, not failed), no hang, no broken
promise the test reports (dd_allocfail_violation: a scan that lost an
allocation and says it is complete), and when it passes, no more
allocations left over than in the counting run (the leak check: the sweep
runs without ASan).

usage: alloc_sweep.py PROGRAM...    exit 0, 1 (a run misbehaved) or 77 (nothing to sweep)
"""
import os
import random
import re
import subprocess
import sys
import tempfile
import time

SAMPLES = int(os.environ.get("DD_ALLOCFAIL_SAMPLES", "6"))
FULL = os.environ.get("DD_ALLOCFAIL_FULL") == "1"
CASE_BUDGET = float(os.environ.get("DD_ALLOCFAIL_CASE_SECONDS", "2"))
TEST_SIDE_MAX = 1    # test-side crashes in one case before the sweep moves on
SEED = os.environ.get("DD_ALLOCFAIL_SEED", "0")
ONLY = os.environ.get("DD_ALLOCFAIL_ONLY")          # a regex on "program/case"
RUN_RE = re.compile(r"^\[ RUN      \] (\S+)", re.M)
FRAME_RE = re.compile(r"^#\d+ +(?:0x[0-9a-f]+ in )?(\S+) \((.*)\) at (\S+):(\d+)$", re.M)
NULLISH_RE = re.compile(r"=(?:\S+@entry=)?0x[0-9a-f]{1,4}\b")


def crash_site(prog, case, n):
    """Where a crashing run faults, from gdb's backtrace: (site, test_side).

    The test's side: a test whose own code dereferences what a failed call
    left NULL (cmocka's assert_string_equal on NULL), or that hands such a
    NULL to the next library call (the library function it called directly
    has a NULL, or NULL-plus-offset, pointer argument). That run failed
    cleanly as far as the library is concerned. Anything else is the
    library's crash."""
    env = dict(os.environ, DD_ALLOCFAIL=str(n), DD_ALLOCFAIL_TEST=case, DD_ALLOCFAIL_REPORT=os.devnull)
    try:
        p = subprocess.run(["gdb", "-q", "-batch", "-ex", "run", "-ex", "bt", "--args", prog], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
    except (OSError, subprocess.TimeoutExpired):
        return None
    frames = []
    for func, args, path, line in FRAME_RE.findall(p.stdout.decode("utf-8", "replace")):
        m = re.search(r"(?:^|/)((?:src|tests)/.*)$", path)
        if m:
            frames.append((func, args, f"{m[1]}:{line}"))
    for i, (func, args, site) in enumerate(frames):
        if site.startswith("tests/"):
            if i == 0:
                return site, True
            lib_func, lib_args, lib_site = frames[i - 1]
            return f"{lib_site} ({lib_func} called from {site})", bool(NULLISH_RE.search(lib_args))
    return (frames[0][2] if frames else None), False


def run(prog, case, n, tmp, timeout):
    report = os.path.join(tmp, "report")
    if os.path.exists(report):
        os.unlink(report)
    env = dict(os.environ, DD_ALLOCFAIL=str(n), DD_ALLOCFAIL_REPORT=report)
    if case:
        env["DD_ALLOCFAIL_TEST"] = case
    t0 = time.monotonic()
    try:
        p = subprocess.run([prog], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
        out, rc = p.stdout.decode("utf-8", "replace"), p.returncode
    except subprocess.TimeoutExpired as e:
        out, rc = (e.stdout or b"").decode("utf-8", "replace"), "timeout"
    elapsed = time.monotonic() - t0
    rep = None
    if os.path.exists(report):
        with open(report) as f:
            lines = f.read().splitlines()
        m = re.match(r"allocs (\d+) hit (\d) live (\d+)", lines[0] if lines else "")
        if m:
            rep = {"allocs": int(m[1]), "hit": m[2] == "1", "live": int(m[3]),
                   "violations": [l for l in lines[1:] if l.startswith("violation")]}
    return rc, out, rep, elapsed


def sample(case_id, allocs, k):
    if FULL or allocs <= k:
        return list(range(1, allocs + 1))
    first = list(range(1, 5))
    rng = random.Random(f"{SEED}:{case_id}")
    rest = rng.sample(range(5, allocs + 1), min(k - len(first), allocs - 4))
    return first + sorted(rest)


def main(progs):
    failures, test_side, cases, runs, hits = [], [], 0, 0, 0
    t_start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="drydock-sweep.") as tmp:
        for prog in progs:
            name = os.path.basename(prog)
            rc, out, rep, _ = run(prog, None, 0, tmp, 600)
            if rc == 77:
                print(f"skip {name}: {out.strip().splitlines()[-1] if out.strip() else 'skipped'}")
                continue
            if rc != 0 or rep is None:
                failures.append(f"{name}: does not pass without injected failures (exit {rc}): run it alone first")
                continue
            for case in RUN_RE.findall(out):
                case_id = f"{name}/{case}"
                if ONLY and not re.search(ONLY, case_id):
                    continue
                rc, out, base, t = run(prog, case, 0, tmp, 600)
                if rc != 0 or base is None or "[  SKIPPED ]" in out:
                    continue
                cases += 1
                k = SAMPLES if FULL else max(4, min(SAMPLES, int(CASE_BUDGET / max(t, 0.001))))
                timeout = max(60.0, 20 * t)
                case_test_side = 0
                for n in sample(case_id, base["allocs"], k):
                    if case_test_side >= TEST_SIDE_MAX:
                        # each costs a gdb run; the test should check what it gets
                        test_side.append(f"{case_id}: the rest of its failure points not tried")
                        break
                    rc, out, rep, _ = run(prog, case, n, tmp, timeout)
                    runs += 1
                    again = f"DD_ALLOCFAIL={n} DD_ALLOCFAIL_TEST={case} DD_ALLOCFAIL_REPORT=/tmp/r {prog}"
                    why = None
                    if rc == "timeout":
                        why = f"hung (over {timeout:.0f} s)"
                    elif "AddressSanitizer" in out or "runtime error:" in out:
                        why = "sanitizer report"
                    elif rc < 0 or rep is None or "failed with exception" in out:
                        site, tests_fault = crash_site(prog, case, n)
                        if tests_fault:
                            test_side.append(f"{case_id} at allocation {n}: {site}")
                            case_test_side += 1
                        else:
                            why = f"crashed (exit {rc}) at {site or 'an unknown place (no gdb?)'}"
                    elif rep["violations"]:
                        why = "; ".join(rep["violations"])
                    elif rc == 0 and rep["hit"] and rep["live"] > base["live"]:
                        why = f"leaked {rep['live'] - base['live']} allocation(s) (live {rep['live']}, {base['live']} without the failure)"
                    hits += bool(rep and rep["hit"])
                    if why:
                        tail = "\n    ".join(out.strip().splitlines()[-6:])
                        failures.append(f"{case_id} with allocation {n} of {base['allocs']} failing: {why}\n"
                                        f"    again: {again}\n    {tail}")
                print(f"ok {case_id}: {base['allocs']} allocations, {min(k, base['allocs']) if not FULL else base['allocs']} failure points tried")
    print(f"{cases} cases, {runs} runs ({hits} reached the failure) in {time.monotonic() - t_start:.1f} s")
    if test_side:
        # not the library's fault, but a test that could check what it got
        print(f"{len(test_side)} run(s) where the test's own code crashed on what a failed call returned:")
        for t in test_side:
            print("  " + t)
    if failures:
        print(f"\n{len(failures)} misbehaving run(s):")
        for f in failures:
            print("FAIL " + f)
        return 1
    return 0 if cases else 77


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
