#pragma once
// The subcommands of move37-engine, one file each (cmd_*.cpp). Each takes
// the arguments after its name and returns the process exit code:
// 0 success, 1 failure of the task (bad input file, errors found), 2 usage.

namespace m37::app {

int runGtp(int argc, char** argv);
int runBench(int argc, char** argv);
int runSgf(int argc, char** argv);
int runMatch(int argc, char** argv);
int runTrainSl(int argc, char** argv);
int runSelfPlay(int argc, char** argv);
int runAnalyze(int argc, char** argv);
int runTrain(int argc, char** argv);
int runZero(int argc, char** argv);
int runReasonTraces(int argc, char** argv);
int runReasonSft(int argc, char** argv);
int runReasonGrpo(int argc, char** argv);
int runReasonEval(int argc, char** argv);
int runReason(int argc, char** argv);
int runConvertNet(int argc, char** argv);

}  // namespace m37::app
