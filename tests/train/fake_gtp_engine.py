#!/usr/bin/env python3
"""A fake GTP engine for the match runner's tests: it plays passes, or
misbehaves on purpose at its N-th genmove (--after N, default 1):

  pass      always passes (a well-behaved, very weak engine)
  crash     exits without answering
  hang      never answers
  garbage   answers '= banana'
  noise     prints megabytes of lines that are no GTP answer
  illegal   plays a new point, then answers with an occupied point
  resign    resigns
  refuse    passes, but refuses every 'play' command

--no-final-status makes final_status_list an unknown command; --log FILE
appends every command received to FILE.
"""
import argparse
import sys
import time

LETTERS = "ABCDEFGHJKLMNOPQRSTUVWXYZ"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", default="pass")
    ap.add_argument("--after", type=int, default=1)
    ap.add_argument("--name", default="Fake")
    ap.add_argument("--no-final-status", action="store_true")
    ap.add_argument("--log")
    args = ap.parse_args()

    size = 19
    occupied = []
    genmoves = 0

    def reply(text="", ok=True, cid=""):
        sys.stdout.write(("=" if ok else "?") + cid + (" " + text if text else "") + "\n\n")
        sys.stdout.flush()

    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if args.log:
            with open(args.log, "a") as log:
                log.write(line.strip() + "\n")
        cid = ""
        if words[0].isdigit():
            cid, words = words[0], words[1:]
        cmd, rest = words[0].lower(), words[1:]
        if cmd == "quit":
            reply(cid=cid)
            return
        if cmd == "name":
            reply(args.name, cid=cid)
        elif cmd == "version":
            reply("1.0", cid=cid)
        elif cmd == "protocol_version":
            reply("2", cid=cid)
        elif cmd == "boardsize":
            size = int(rest[0])
            occupied = []
            reply(cid=cid)
        elif cmd == "clear_board":
            occupied = []
            reply(cid=cid)
        elif cmd in ("komi", "kgs-rules"):
            reply(cid=cid)
        elif cmd == "play":
            if args.mode == "refuse":
                reply("illegal move", ok=False, cid=cid)
                continue
            v = rest[1].upper()
            if v != "PASS":
                occupied.append(v)
            reply(cid=cid)
        elif cmd == "final_status_list" and not args.no_final_status:
            reply("", cid=cid)
        elif cmd == "genmove":
            genmoves += 1
            bad = genmoves >= args.after
            if args.mode == "crash" and bad:
                sys.exit(3)
            elif args.mode == "hang" and bad:
                time.sleep(3600)
            elif args.mode == "garbage" and bad:
                reply("banana", cid=cid)
            elif args.mode == "noise" and bad:
                junk = "this is not a GTP answer " * 40 + "\n"
                for _ in range(3000):
                    sys.stdout.write(junk)
                sys.stdout.flush()
                time.sleep(3600)
            elif args.mode == "resign" and bad:
                reply("resign", cid=cid)
            elif args.mode == "illegal":
                if bad and occupied:
                    reply(occupied[0], cid=cid)
                else:
                    for y in range(size):
                        for x in range(size):
                            v = LETTERS[x] + str(y + 1)
                            if v not in occupied:
                                occupied.append(v)
                                reply(v, cid=cid)
                                break
                        else:
                            continue
                        break
            else:
                reply("pass", cid=cid)
        else:
            reply("unknown command", ok=False, cid=cid)


if __name__ == "__main__":
    main()
