#include <gtest/gtest.h>

#include "engine/train/command_line.h"

using m37::train::splitCommandLine;
using Words = std::vector<std::string>;

TEST(CommandLine, PlainWords) {
    EXPECT_EQ(*splitCommandLine("gnugo --mode gtp  --level 10"),
              (Words{"gnugo", "--mode", "gtp", "--level", "10"}));
    EXPECT_EQ(*splitCommandLine("  "), Words{});
}

TEST(CommandLine, Quotes) {
    EXPECT_EQ(*splitCommandLine(R"(leelaz -w '/tmp/my net.gz' --gtp)"),
              (Words{"leelaz", "-w", "/tmp/my net.gz", "--gtp"}));
    EXPECT_EQ(*splitCommandLine(R"(a "b \"c\" d" e\ f x"y"z)"),
              (Words{"a", "b \"c\" d", "e f", "xyz"}));
    EXPECT_EQ(*splitCommandLine("a ''"), (Words{"a", ""}));
}

TEST(CommandLine, Errors) {
    std::string error;
    EXPECT_FALSE(splitCommandLine("a 'b", &error));
    EXPECT_FALSE(error.empty());
    EXPECT_FALSE(splitCommandLine("a \"b", &error));
    EXPECT_FALSE(splitCommandLine("a\\", &error));
}
