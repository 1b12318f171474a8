// move37-engine convert-net: rewrites a move37 net file (.m37) with its
// tensors in half precision (half the size; what the shipped reasoning
// models use) or back in single precision, keeping the header (shape and
// provenance) as it is, but for a note added to its notes (--note, read
// back from the written file and printed). A Leela Zero weight file is
// converted to .m37.
//   convert-net [--half | --float] [--note TEXT] --in IN --out OUT
#include <cstdio>
#include <string>

#include <boost/program_options.hpp>

#include "app/command_options.h"
#include "app/commands.h"
#include "engine/nn/lz_weights.h"
#include "engine/nn/net_file.h"
#include "engine/nn/net_file_lz.h"
#include "engine/nn/net_loader.h"  // isNetFile

namespace po = boost::program_options;

namespace m37::app {

int runConvertNet(int argc, char** argv) {
    std::string in, out, note;
    bool half = false, single = false;
    po::options_description opts("convert-net options");
    opts.add_options()("help,h", "this help")("half", po::bool_switch(&half),
                                              "store every tensor as f16")(
        "float", po::bool_switch(&single), "store every tensor as f32")(
        "in", po::value(&in), "the net file to read (.m37 or Leela Zero weights)")(
        "out", po::value(&out), "the .m37 file to write (atomically)")(
        "note", po::value(&note), "text added to the net's notes (e.g. what made it, measured)");
    po::variables_map vm;
    if (auto code = parseCommandOptions(argc, argv, "convert-net", opts, vm)) return *code;
    if (in.empty() || out.empty() || (half && single)) {
        std::fprintf(stderr,
                     "convert-net: usage: convert-net [--half | --float] [--note TEXT] --in IN "
                     "--out OUT\n");
        return 2;
    }
    std::string error;
    std::optional<nn::NetFile> file;
    if (nn::isNetFile(in)) {
        file = nn::readNetFile(in, &error);
    } else if (auto lz = nn::loadLzWeights(in, &error)) {
        file = nn::netFileFromLz(*lz, 19);
    }
    if (!file) {
        std::fprintf(stderr, "convert-net: %s\n", error.c_str());
        return 1;
    }
    if (half || single)
        for (nn::NamedTensor& t : file->tensors) t.half = half;
    if (!note.empty()) file->meta.notes += (file->meta.notes.empty() ? "" : "; ") + note;
    if (!nn::writeNetFile(out, *file, &error)) {
        std::fprintf(stderr, "convert-net: %s\n", error.c_str());
        return 1;
    }
    std::printf("convert-net: %s -> %s (%zu tensors%s)\n", in.c_str(), out.c_str(),
                file->tensors.size(), half ? ", f16" : single ? ", f32" : "");
    if (!note.empty()) {
        auto back = nn::readNetFile(out, &error);
        if (!back) {
            std::fprintf(stderr, "convert-net: %s\n", error.c_str());
            return 1;
        }
        std::printf("convert-net: notes of %s: %s\n", out.c_str(), back->meta.notes.c_str());
    }
    return 0;
}

}  // namespace m37::app
