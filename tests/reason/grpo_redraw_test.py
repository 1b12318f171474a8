#!/usr/bin/env python3
"""Tests of `move37-engine reason-grpo --out DIR --redraw-curves`: the curves
are drawn again from DIR's train.csv and eval.csv as they now are (e.g. cut
at the step a shipped model was taken), and a folder without logs is an
error naming the file."""
import os
import subprocess
import tempfile
import unittest

ENGINE = os.environ.get("MOVE37_ENGINE", "move37-engine")

TRAIN_HEADER = ("step,reward,reward_std,format,accuracy,faithfulness,preference,answer_best_pct,"
                "answer_legal_pct,winrate_loss_pct,response_tokens,kl,entropy,clip_frac,zero_spread,"
                "lr,step_seconds,train_seconds")
EVAL_HEADER = ("step,mean_reward,positions,answer_best_pct,mean_winrate_loss_pct,answer_legal_pct,"
               "format_ok_pct,steps_legal_pct,claims_within_pct,mean_think_tokens,tokens_per_s,"
               "first_token_ms,preference_top_pct,mean_preference")


def train_rows(n, length):
    return "".join(
        f"{s},1.{s % 10}000,0.1,0.9,0.4,0.4,0.1,6.0,100.0,3.0,{length},0.01,0.8,0.0,0.0,5e-05,4.0,{4 * s}\n"
        for s in range(1, n + 1))


def points(svg):
    """The number of points of the first curve (polyline) of an SVG."""
    start = svg.index('points="', svg.index("<polyline")) + len('points="')
    return len(svg[start:svg.index('"', start)].split())


def run(*args):
    return subprocess.run([ENGINE, "reason-grpo", *args], capture_output=True, text=True, timeout=60)


class RedrawCurves(unittest.TestCase):
    def test_draws_the_logs_as_they_are(self):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, "train.csv"), "w") as f:
                f.write(TRAIN_HEADER + "\n" + train_rows(30, 97))
            with open(os.path.join(d, "eval.csv"), "w") as f:
                f.write(EVAL_HEADER + "\n0,1.3,100,21.0,2.3,100.0,99.0,53.8,27.0,104,1500,4,3.0,0.13\n")
            r = run("--out", d, "--redraw-curves", "--reward", "preference")
            self.assertEqual(r.returncode, 0, r.stderr)
            rewards = open(os.path.join(d, "rewards.svg")).read()
            length = open(os.path.join(d, "length.svg")).read()
            self.assertIn("<svg", rewards)
            self.assertIn("reason-grpo, reward preference", rewards)
            self.assertIn("<svg", length)
            # One point a logged step; cut to 10 steps, the redrawn curve has 10.
            self.assertEqual(points(length), 30)
            with open(os.path.join(d, "train.csv"), "w") as f:
                f.write(TRAIN_HEADER + "\n" + train_rows(10, 40))
            self.assertEqual(run("--out", d, "--redraw-curves").returncode, 0)
            self.assertEqual(points(open(os.path.join(d, "length.svg")).read()), 10)
            self.assertIn("reason-grpo, reward verifier", open(os.path.join(d, "rewards.svg")).read())

    def test_a_folder_without_logs_is_an_error(self):
        with tempfile.TemporaryDirectory() as d:
            r = run("--out", os.path.join(d, "none"), "--redraw-curves")
            self.assertEqual(r.returncode, 1)
            self.assertIn("train.csv", r.stderr)
        r = run("--redraw-curves")
        self.assertEqual(r.returncode, 2)
        self.assertIn("--out", r.stderr)


if __name__ == "__main__":
    unittest.main()
