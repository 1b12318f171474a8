#pragma once
// Atomic file replacement, the one way engine code saves a file: readers (and
// a crash or a full disk) see either the old file or the whole new one. The
// bytes go to a new temporary file PATH.tmp-<pid>-<n> beside the target,
// which is flushed and fsync'ed, then renamed over PATH, and the folder is
// fsync'ed (POSIX). On any failure the temporary file is removed, a file
// already at PATH is left as it was, and *error (when given) reads
// "PATH: what (system reason)". Threading: free functions without shared
// state beyond an atomic counter; concurrent writers of the same PATH each
// use their own temporary file and the last rename wins.
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace m37 {

// Writes `data` to `path` atomically; false and *error on failure.
bool writeFileAtomically(const std::string& path, std::string_view data, std::string* error);

// The same, with the bytes written by `write` into a binary stream on the
// temporary file (for writers that need a std::ostream). `write` returns
// false, or throws, to give up: nothing is replaced and *error says why (the
// exception's text when it threw).
bool writeFileAtomically(const std::string& path, const std::function<bool(std::ostream&)>& write,
                         std::string* error);

}  // namespace m37
