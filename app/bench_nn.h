#pragma once
// bench nn: network evaluations per second (see cmd_bench_nn.cpp).

namespace m37::app {

// The arguments after "bench" (argv[0] is "nn"); returns the exit code.
int benchNn(int argc, char** argv);

}  // namespace m37::app
