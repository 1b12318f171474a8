#pragma once
// Shipped networks: where the networks that come with move37 (trained by
// the project's own commands, under resources/networks in the source tree,
// /usr/share/move37/networks once installed) are found at run time. The
// installed folder beside the program wins; a program run from its build
// tree finds the source tree's copy. Nothing is downloaded.
// Threading: free functions over the file system; any thread.
#include <QString>
#include <QStringList>

namespace m37::ui {

// The name of the shipped 19x19 human-policy network (train-sl on the
// professional games of goban-original-games).
inline constexpr const char* kShippedHumanPolicy = "human-19x19.m37";
// The name of the shipped 9x9 engine network (`move37-engine zero`: self-play
// only). On other board sizes the search runs without a network.
inline constexpr const char* kShippedEngine9x9 = "zero-9x9.m37";

// The folder holding the shipped networks, or an empty string if none.
QString shippedNetworksDir();
// The full path of a shipped network file, or an empty string if absent.
QString shippedNetwork(const QString& fileName);
// The notes shipped beside the networks (NAME.md: how each was made, on
// what data, what it measured), full paths sorted by name; empty if none.
QStringList shippedNetworkNotes();

}  // namespace m37::ui
