#pragma once
// bench reason: the reasoning model's streaming speed (see cmd_bench_reason.cpp).

namespace m37::app {

// The arguments after "bench" (argv[0] is "reason"); returns the exit code.
int benchReason(int argc, char** argv);

}  // namespace m37::app
