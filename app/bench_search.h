#pragma once
// `move37-engine bench search`: visits per second of the PUCT search on a
// network (.m37 or Leela Zero) from the empty board (compare with
// `leelaz --cpu-only --benchmark -w FILE -v N -t T`).
//   bench search -w FILE [-v 1600] [-t 1] [--batch 8] [--size 19] [--rollouts on|off]
//                [--lambda 0.5]
// argv[0] is the subcommand name ("search", skipped, as for runGtp); returns
// the process exit code.
namespace m37::app {

int benchSearch(int argc, char** argv);

}  // namespace m37::app
