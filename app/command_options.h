#pragma once
// Option parsing shared by the move37-engine subcommands, so every command
// treats errors and --help alike: a parse error prints "NAME: message" and
// gives exit code 2 (usage error); --help prints "usage: move37-engine NAME
// [options]" and the options, exit code 0. Single-threaded, at start-up.
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

#include <boost/program_options.hpp>

namespace m37::app {

// Returns nullopt when the command should go on, else the exit code.
inline std::optional<int> parseCommandOptions(int argc, char** argv, const char* name,
                                              const boost::program_options::options_description& opts,
                                              boost::program_options::variables_map& vm) {
    namespace po = boost::program_options;
    try {
        po::store(po::command_line_parser(argc, argv).options(opts).run(), vm);
        po::notify(vm);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s: %s\n", name, e.what());
        return 2;
    }
    if (vm.count("help")) {
        std::cout << "usage: move37-engine " << name << " [options]\n" << opts;
        return 0;
    }
    return std::nullopt;
}

// An "on"/"off" option's value into *out; false, with "NAME: --OPTION must
// be on or off" on stderr, for anything else.
inline bool readOnOff(const char* name, const char* option, const std::string& value, bool* out) {
    if (value != "on" && value != "off") {
        std::fprintf(stderr, "%s: --%s must be on or off, not \"%s\"\n", name, option,
                     value.c_str());
        return false;
    }
    *out = value == "on";
    return true;
}

}  // namespace m37::app
