#!/usr/bin/env python3
"""Tests of `move37-engine reason-traces --shard I/N`: N processes over one
folder write disjoint records whose union is what one process writes, and a
malformed --shard is refused with a clear error."""
import os
import subprocess
import tempfile
import unittest

ENGINE = os.environ.get("MOVE37_ENGINE", "move37-engine")
MOVES = ["ee", "cc", "gg", "cg", "gc", "dd", "ff"]


def write_games(folder, count):
    """count short 9x9 games, some in a subfolder, each with its own opening."""
    for i in range(count):
        sub = os.path.join(folder, "pro" if i % 3 == 0 else "")
        os.makedirs(sub, exist_ok=True)
        moves = MOVES[i % len(MOVES):] + MOVES[:i % len(MOVES)]
        body = "".join(f";{'BW'[k % 2]}[{m}]" for k, m in enumerate(moves[:5]))
        with open(os.path.join(sub, f"game{i:02d}.sgf"), "w", encoding="utf-8") as f:
            f.write(f"(;GM[1]FF[4]SZ[9]KM[7]RU[Chinese]{body})\n")


def sources(path):
    with open(path, encoding="utf-8") as f:
        return [line.split(" ", 1)[1] for line in f.read().split("\n")
                if line.startswith("source ")]


def traces(folder, out, *extra):
    return subprocess.run(
        [ENGINE, "reason-traces", "--out", out, "--size", "9", "--sgf", folder,
         "--positions", "1000", "--visits", "8", "--line-visits", "0", "--every", "1",
         "--min-move", "1", "--seed", "3", *extra],
        capture_output=True, text=True, timeout=600)


class TracesShard(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.d = self.dir.name
        self.games = os.path.join(self.d, "games")
        write_games(self.games, 9)

    def tearDown(self):
        self.dir.cleanup()

    def run_ok(self, out, *extra):
        r = traces(self.games, os.path.join(self.d, out), *extra)
        self.assertEqual(r.returncode, 0, r.stderr)
        return sources(os.path.join(self.d, out))

    def test_shards_split_the_files_between_them(self):
        whole = self.run_ok("all.txt")
        self.assertEqual(len(whole), 9 * 4)  # moves 1..4 of each 5-move game
        a = self.run_ok("a.txt", "--shard", "0/2")
        b = self.run_ok("b.txt", "--shard", "1/2")
        self.assertTrue(a and b, "both shards should get files")
        self.assertFalse(set(a) & set(b))
        self.assertEqual(sorted(a + b), sorted(whole))
        files = lambda recs: {s.rsplit("@", 1)[0] for s in recs}
        self.assertFalse(files(a) & files(b), "a file's positions stay in one shard")
        self.assertIn("pro/game00.sgf", files(whole))

    def test_malformed_shard_is_refused(self):
        for bad in ["2/2", "1", "a/b", "0/0", "1/2x"]:
            r = traces(self.games, os.path.join(self.d, "x.txt"), "--shard", bad)
            self.assertEqual(r.returncode, 2, bad)
            self.assertIn("bad --shard '" + bad + "' (expected I/N", r.stderr)


if __name__ == "__main__":
    unittest.main()
