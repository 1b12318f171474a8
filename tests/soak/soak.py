#!/usr/bin/env python3
"""Soak runs for the reliability issue: a long job under AddressSanitizer,
LeakSanitizer and UBSan with its memory sampled as it goes.

  soak.py gtp --engine BIN [--commands 10000] [--seed 1] [--csv F] [-- ENGINE ARGS]
      Random GTP commands (legal and illegal moves, genmove and analysis,
      undo, board sizes, handicap, SGF loading, time controls, junk lines)
      sent one at a time to `BIN gtp ENGINE ARGS`; every answer must come
      within --timeout seconds and be framed as GTP says.
  soak.py selfplay --engine BIN [--games 200] [--csv F] [-- SELFPLAY ARGS]
      `BIN selfplay --games N ...` into a fresh folder.

Both sample the process's resident memory (VmRSS) along the way into the
CSV, and fail (exit 1) on: a sanitizer report on stderr, a non-zero exit, a
hang, or memory that keeps growing (the last quarter's mean over the second
quarter's by more than --max-growth-mb). ASan's quarantine is set small
(ASAN_OPTIONS quarantine_size_mb) so that freed memory it holds does not
look like growth. Prints one summary line; the CSV has one row per sample.
With --live-heap-every N (gtp), every N commands gdb also asks the ASan
build how many bytes it holds allocated (__sanitizer_get_current_allocated_bytes),
which tells a leak from memory the allocator keeps mapped.
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time

SANITIZER = re.compile(r"ERROR: (Address|Leak|Thread)Sanitizer|runtime error:|SUMMARY: UndefinedBehaviorSanitizer")
HERE = os.path.dirname(os.path.abspath(__file__))
REVIEW_SGF = os.path.join(HERE, "..", "data", "ui", "review.sgf")


def live_heap_kb(pid):
    """ASan's count of the bytes the program holds allocated now (not what the
    allocator keeps mapped), asked of the running process through gdb; None
    without gdb or an ASan build. Stops the process for a few seconds."""
    try:
        out = subprocess.run(
            ["gdb", "-batch", "-nx", "-p", str(pid), "-ex",
             "call (unsigned long)__sanitizer_get_current_allocated_bytes()"],
            capture_output=True, text=True, timeout=120).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.search(r"^\$1 = (\d+)", out, re.M)
    return int(m.group(1)) // 1024 if m else None


def rss_kb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def sanitizer_env():
    env = dict(os.environ)
    env["ASAN_OPTIONS"] = ":".join(
        x for x in [env.get("ASAN_OPTIONS", ""), "quarantine_size_mb=8", "detect_leaks=1",
                    "abort_on_error=0"] if x)
    env["UBSAN_OPTIONS"] = env.get("UBSAN_OPTIONS", "print_stacktrace=1")
    env.setdefault("OMP_NUM_THREADS", "1")
    return env


def letters(size):
    return [c for c in "ABCDEFGHJKLMNOPQRSTUVWXYZ"[:size]]


class RandomGtp:
    """Draws GTP commands; keeps the board size it last set."""

    def __init__(self, rng, max_visits):
        self.rng = rng
        self.size = 19
        self.max_visits = max_visits

    def vertex(self, legal_range=True):
        r = self.rng
        if r.random() < 0.05:
            return r.choice(["pass", "PASS", "resign", "Z99", "A0", "", "a1b", "tt", "I5", "A26"])
        size = self.size if legal_range else 25
        return "%s%d" % (r.choice(letters(size)), r.randint(1, size))

    def color(self):
        return self.rng.choice(["b", "w", "B", "W", "black", "white", "x"] if self.rng.random() < 0.1
                               else ["b", "w"])

    def next(self):
        r = self.rng
        x = r.random()
        if x < 0.35:
            return "play %s %s" % (self.color(), self.vertex(r.random() < 0.95))
        if x < 0.42:
            return r.choice(["genmove", "reg_genmove", "kgs-genmove_cleanup"]) + " " + self.color()
        if x < 0.45:
            cmd = r.choice(["lz-analyze", "kata-analyze"])
            return "%s %s %d" % (cmd, self.color(), r.randint(1, 20))
        if x < 0.47:
            return "%s %s %d" % (r.choice(["lz-genmove_analyze", "kata-genmove_analyze"]),
                                 self.color(), r.randint(1, 20))
        if x < 0.57:
            return "undo"
        if x < 0.61:
            n = r.choice([9, 9, 9, 13, 19, 5, 2, 25, r.randint(2, 25), 0, 1, 26, -3, "x", ""])
            return "boardsize %s" % n
        if x < 0.64:
            return "clear_board"
        if x < 0.67:
            return "komi %s" % r.choice(["7", "6.5", "-3", "0.5", "1e9", "nan", "inf", "x", "7.25", ""])
        if x < 0.70:
            return r.choice(["showboard", "final_score", "printsgf", "list_stones b", "list_stones w",
                             "all_legal b", "all_legal w", "heatmap"])
        if x < 0.72:
            return "final_status_list %s" % r.choice(["dead", "alive", "seki", "x"])
        if x < 0.75:
            return "is_legal %s %s" % (self.color(), self.vertex())
        if x < 0.76:
            return "color %s" % self.vertex()
        if x < 0.79:
            return "fixed_handicap %d" % r.randint(0, 10)
        if x < 0.80:
            return "place_free_handicap %d" % r.randint(0, 10)
        if x < 0.81:
            return "set_free_handicap " + " ".join(self.vertex() for _ in range(r.randint(0, 4)))
        if x < 0.83:
            return r.choice(["loadsgf %s" % REVIEW_SGF, "loadsgf %s %d" % (REVIEW_SGF, r.randint(0, 8)),
                             "loadsgf /nonexistent/x.sgf", "loadsgf"])
        if x < 0.85:
            return r.choice(["time_settings 60 10 5", "time_settings x", "time_left b 30 0",
                             "time_left w 5 1", "kgs-time_settings byoyomi 60 10 3",
                             "kgs-time_settings none", "kgs-rules chinese", "kgs-rules japanese"])
        if x < 0.89:
            return r.choice(["name", "version", "protocol_version", "list_commands",
                             "known_command play", "known_command foo"])
        if x < 0.93:
            return "%d %s" % (r.randint(0, 10**6), self.next_simple())
        # Junk: unknown commands, control characters, long lines, comments.
        return r.choice([
            "foo bar", "PLAY b c3", "play", "play b", "genmove", "#comment only",
            "name # trailing comment", "\tname", "boardsize 9 9 9",
            "".join(chr(r.randint(1, 126)) for _ in range(r.randint(1, 60))).replace("\n", " "),
            "x" * r.randint(100, 5000), "play b " + "A1 " * 50,
        ])

    def next_simple(self):
        return self.rng.choice(["name", "showboard", "undo", "play b %s" % self.vertex()])


class GtpProcess:
    def __init__(self, argv, env, stderr_file):
        self.p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=stderr_file, env=env, bufsize=0)
        self.buf = b""

    def send(self, line):
        self.p.stdin.write(line.encode("latin-1", "replace") + b"\n")
        self.p.stdin.flush()

    def answer(self, timeout):
        """One answer: lines up to an empty line. None on timeout or EOF."""
        deadline = time.time() + timeout
        result = []
        done = threading.Event()

        def read():
            while True:
                line = self.p.stdout.readline()
                if not line:
                    break
                if line.strip() == b"" and result:
                    break
                if line.strip() == b"" and not result:
                    continue
                result.append(line.decode("utf-8", "replace").rstrip("\r\n"))
            done.set()

        t = threading.Thread(target=read, daemon=True)
        t.start()
        t.join(max(0.0, deadline - time.time()))
        if not done.is_set():
            return None
        return result if result else None


def needs_answer(cmd):
    # GTP: control characters other than HT and LF are removed, then the
    # comment; a line left empty gets no answer.
    s = "".join(c for c in cmd if c == "\t" or ord(c) >= 32 and ord(c) != 127)
    return s.split("#", 1)[0].strip() != ""


def run_gtp(args, extra):
    rng = random.Random(args.seed)
    gen = RandomGtp(rng, args.max_visits)
    err = tempfile.NamedTemporaryFile(prefix="soak-gtp-", suffix=".stderr", delete=False)
    argv = [args.engine, "gtp"] + extra
    proc = GtpProcess(argv, sanitizer_env(), err)
    samples, errors, answered, failure = [], 0, 0, None
    start = time.time()
    for i in range(1, args.commands + 1):
        cmd = gen.next()
        proc.send(cmd)
        if not needs_answer(cmd):
            continue
        if cmd.split()[0] in ("lz-analyze", "kata-analyze"):
            time.sleep(rng.random() * 0.05)
            proc.send("name")  # any command ends the stream
            first = proc.answer(args.timeout)
            if first is None or first[0][:1] not in ("=", "?"):
                failure = "command %d (%r): analysis stream not framed: %r" % (i, cmd, first)
                break
            cmd = "name"
        ans = proc.answer(args.timeout)
        if ans is None:
            failure = "command %d (%r): no answer within %g s (hang or crash)" % (i, cmd, args.timeout)
            break
        if not (ans[0].startswith("=") or ans[0].startswith("?")):
            failure = "command %d (%r): answer does not start with = or ?: %r" % (i, cmd, ans[:3])
            break
        answered += 1
        errors += ans[0].startswith("?")
        words = cmd.split()
        if words[0] == "boardsize" and ans[0].startswith("=") and len(words) > 1:
            gen.size = int(words[1])
        if i % args.sample_every == 0 or i == args.commands:
            heap = None
            if args.live_heap_every and (i % args.live_heap_every == 0 or i == args.commands):
                heap = live_heap_kb(proc.p.pid)
            samples.append((i, time.time() - start, rss_kb(proc.p.pid), heap))
    if failure is None:
        proc.send("quit")
        proc.answer(args.timeout)
    proc.p.stdin.close()
    try:
        code = proc.p.wait(timeout=args.timeout)
    except subprocess.TimeoutExpired:
        proc.p.kill()
        code = "killed (no exit after quit)"
    err.close()
    what = "%d commands, %d answered (%d with '?')" % (args.commands, answered, errors)
    return finish("gtp", what, samples, code, err.name, failure, args)


def run_selfplay(args, extra):
    out = tempfile.mkdtemp(prefix="soak-selfplay-")
    err = tempfile.NamedTemporaryFile(prefix="soak-selfplay-", suffix=".stderr", delete=False)
    argv = [args.engine, "selfplay", "--out", out, "--games", str(args.games)] + extra
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err, env=sanitizer_env())
    samples, start = [], time.time()
    while p.poll() is None:
        time.sleep(args.sample_seconds)
        games = 0
        for name in os.listdir(out):
            if name.endswith(".txt"):
                with open(os.path.join(out, name), errors="replace") as f:
                    games += sum(1 for line in f if line.rstrip() == "game")
        kb = rss_kb(p.pid)
        if kb is not None:
            samples.append((games, time.time() - start, kb, None))
    err.close()
    what = "%d self-play games into %s" % (args.games, out)
    return finish("selfplay", what, samples, p.returncode, err.name, None, args)


def finish(kind, what, samples, code, stderr_path, failure, args):
    with open(stderr_path, errors="replace") as f:
        stderr = f.read()
    if args.csv:
        with open(args.csv, "w") as f:
            f.write("progress,seconds,rss_kb,live_heap_kb\n")
            for s in samples:
                f.write("%d,%.1f,%s,%s\n" % (s[0], s[1], "" if s[2] is None else s[2],
                                            "" if s[3] is None else s[3]))
    rss = [s[2] for s in samples if s[2] is not None]
    problems = []
    if failure:
        problems.append(failure)
    if code != 0:
        problems.append("exit status %s" % code)
    m = SANITIZER.search(stderr)
    if m:
        at = stderr.rfind("\n", 0, m.start()) + 1
        problems.append("sanitizer report: " + stderr[at:at + 2000])
    growth = 0.0
    if len(rss) >= 8:
        q = len(rss) // 4
        second = sum(rss[q:2 * q]) / q
        last = sum(rss[-q:]) / q
        growth = (last - second) / 1024.0
        if growth > args.max_growth_mb:
            problems.append("memory grows: last quarter %.0f MB vs second quarter %.0f MB"
                            % (last / 1024, second / 1024))
    mem = ("RSS first %.0f MB, peak %.0f MB, last %.0f MB (last quarter - second quarter: %+.1f MB)"
           % (rss[0] / 1024, max(rss) / 1024, rss[-1] / 1024, growth)) if rss else "no RSS samples"
    heap = [(s[0], s[3]) for s in samples if s[3] is not None]
    if heap:
        mem += "; ASan live heap %s" % ", ".join("%.1f MB at %d" % (kb / 1024, at) for at, kb in heap)
    status = "FAILED: " + "; ".join(problems) if problems else "clean (no sanitizer report, exit 0)"
    print("soak %s: %s; %d samples; %s; %s" % (kind, what, len(samples), mem, status))
    print("  stderr: %s" % stderr_path)
    return 1 if problems else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kind", choices=["gtp", "selfplay"])
    ap.add_argument("--engine", required=True, help="move37-engine binary (ASan build for a soak)")
    ap.add_argument("--commands", type=int, default=10000)
    ap.add_argument("--games", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-visits", type=int, default=16)
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds for one GTP answer")
    ap.add_argument("--sample-every", type=int, default=100, help="GTP commands between samples")
    ap.add_argument("--sample-seconds", type=float, default=2.0, help="self-play: seconds between samples")
    ap.add_argument("--max-growth-mb", type=float, default=32.0)
    ap.add_argument("--live-heap-every", type=int, default=0,
                    help="gtp: also ask the ASan build for its live heap (through gdb) every N commands")
    ap.add_argument("--csv", help="memory samples (progress, seconds, rss_kb, live_heap_kb)")
    args, extra = ap.parse_known_args()
    if extra and extra[0] == "--":
        extra = extra[1:]
    sys.exit(run_gtp(args, extra) if args.kind == "gtp" else run_selfplay(args, extra))


if __name__ == "__main__":
    main()
