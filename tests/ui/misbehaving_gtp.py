#!/usr/bin/env python3
"""A small GTP engine for the GUI's tests of GtpProcess and PlayController.
It plays the first empty point (A1, B1, ...) and streams fake lz-analyze
lines, or misbehaves on purpose when it receives the command named by --on
(default genmove):

  ok        behaves
  crash     exits with code 3 without answering
  hang      never answers
  garbage   prints lines that are not GTP, then nothing
  flood     prints one endless line without a newline
  bigreply  answers '=' and then endless answer lines

With --once FILE it misbehaves only while FILE does not exist, and
creates it first: the restarted engine then behaves. Answers carry the
command's id, as GTP asks.
"""
import argparse
import os
import queue
import sys
import threading
import time

LETTERS = "ABCDEFGHJKLMNOPQRSTUVWXYZ"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", default="ok")
    ap.add_argument("--on", default="genmove")
    ap.add_argument("--once", default="")
    args = ap.parse_args()

    size = 19
    occupied = set()
    out = sys.stdout

    def reply(cid, text="", ok=True):
        out.write(("=" if ok else "?") + cid + (" " + text if text else "") + "\n\n")
        out.flush()

    def misbehave():
        if args.once:
            if os.path.exists(args.once):
                return
            open(args.once, "w").close()
        if args.mode == "crash":
            sys.exit(3)
        if args.mode == "hang":
            time.sleep(3600)
        if args.mode == "garbage":
            for i in range(100):
                out.write("banana %d is not a GTP answer\n" % i)
            out.flush()
            time.sleep(3600)
        if args.mode == "flood":
            chunk = "x" * 65536
            while True:
                out.write(chunk)
        if args.mode == "bigreply":
            out.write("=\n")
            line = "y" * 1000 + "\n"
            while True:
                out.write(line)

    # A reader thread, so that an analysis stream notices the next input.
    lines = queue.Queue()

    def reader():
        for l in sys.stdin:
            lines.put(l)
        lines.put("")

    threading.Thread(target=reader, daemon=True).start()

    while True:
        line = lines.get()
        if not line:
            return
        words = line.split()
        if not words:
            continue
        cid = ""
        if words[0].isdigit():
            cid, words = words[0], words[1:]
        cmd, rest = words[0], words[1:]
        if cmd == args.on and args.mode != "ok":
            misbehave()
        if cmd == "quit":
            reply(cid)
            return
        if cmd == "protocol_version":
            reply(cid, "2")
        elif cmd == "name":
            reply(cid, "Misbehaving")
        elif cmd == "list_commands":
            reply(cid, "\n".join(["protocol_version", "name", "version", "list_commands",
                                   "boardsize", "clear_board", "komi", "play", "genmove",
                                   "lz-analyze", "quit"]))
        elif cmd == "version":
            reply(cid, "1")
        elif cmd == "boardsize":
            size = int(rest[0])
            occupied = set()
            reply(cid)
        elif cmd == "clear_board":
            occupied = set()
            reply(cid)
        elif cmd == "komi":
            reply(cid)
        elif cmd == "play":
            v = rest[1].upper()
            if v != "PASS":
                occupied.add(v)
            reply(cid)
        elif cmd == "genmove":
            move = "pass"
            for y in range(size):
                for x in range(size):
                    v = LETTERS[x] + str(y + 1)
                    if v not in occupied:
                        move = v
                        break
                if move != "pass":
                    break
            if move != "pass":
                occupied.add(move)
            reply(cid, move)
        elif cmd == "lz-analyze":
            out.write("=" + cid + "\n")
            out.flush()
            visits = 0
            while lines.empty():
                time.sleep(0.05)
                visits += 10
                out.write("info move D4 visits %d winrate 5100 prior 2000 lcb 4900 order 0 "
                          "pv D4 Q16 info move pass visits 1 winrate 100 prior 10 lcb 0 "
                          "order 1 pv pass\n" % visits)
                out.flush()
            out.write("\n")
            out.flush()
        else:
            reply(cid, "unknown command", ok=False)


if __name__ == "__main__":
    main()
