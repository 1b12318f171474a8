#pragma once
// move37's own network file format (".m37"), version 1.
//
// A text header, raw tensor data, and a checksum:
//
//   move37-net 1                         magic and format version
//   board_size: 19                       required keys, any order:
//   blocks: 6                              board_size, blocks, channels,
//   channels: 64                           input_planes, input_features,
//   input_planes: 18                       heads, value_convention
//   input_features: lz18                 the planes' meaning (input_features.h:
//                                          lz18 with 18 planes, lz18-lib6 with 24)
//   heads: policy,value                  comma-separated (later score,ownership)
//   value_convention: side_to_move       or `black` (value from Black's view)
//   command: move37-engine zero ...      provenance, optional, free UTF-8 text:
//   data: self-play only                   command, data, date, generations,
//   date: 2024-05-01                       hours, notes
//   notes: ...
//   measured: 61% vs gnugo               any other `key: value` line is kept
//   tensors: 32                          the count of `tensor:` lines to follow
//   tensor: input.conv.weight 64x18x3x3 f32 0
//   ...                                  `tensor: NAME SHAPE DTYPE OFFSET`
//   end-header
//   <raw data>                           each tensor's floats, little-endian
//   crc32: 1a2b3c4d                      CRC-32 (zlib) of every byte before
//                                        this line, 8 lowercase hex digits
//
// Header lines end in '\n'. Keys are [a-z0-9_.-]+, followed by ": " and the
// value; values are one line, a backslash escapes '\n' as "\n", '\r' as "\r"
// and itself as "\\". SHAPE is dimensions joined by 'x' (a scalar is "1");
// DTYPE is `f32` or `f16` (IEEE half precision, for large models such as
// the reasoning model's; read back as float32); OFFSET is the byte offset of
// the tensor's data from the first byte after "end-header\n". Tensors are
// stored in header order, back to back, row-major (C order). The data
// section is followed directly by the 16-byte checksum line, which ends the
// file. A reader rejects a later version ("unsupported version") rather than
// guess; a later version 1 writer may add keys, which older readers keep.
//
// Residual policy/value nets (net_file_lz.h) use move37's board layout: row
// 0 is the top row, policy index y*N+x then pass, inputs as
// lzInputPlanes(). Tensor names: input.conv.{weight,bn_mean,bn_var},
// res<B>.conv1.*, res<B>.conv2.*, policy.conv.*, policy.fc.{weight,bias},
// value.conv.*, value.fc1.{weight,bias}, value.fc2.{weight,bias}; a conv is
// followed by batch norm without scale or shift, epsilon 1e-5.
//
// readNetFile never throws or crashes on bad input and never allocates from
// a declared size before checking it against limits and the file's length:
// it returns nullopt and an error "FILE: what". writeNetFile writes a
// temporary file beside the target, syncs it and renames it over the target,
// so a failed write leaves an existing file as it was.
// Threading: plain values and free functions; no shared state.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace m37::nn {

inline constexpr int kNetFileVersion = 1;

// Limits a header must respect (checked before any allocation).
struct NetFileLimits {
    static constexpr size_t kMaxHeaderBytes = 1 << 20;
    static constexpr size_t kMaxTensors = 4096;
    static constexpr size_t kMaxDims = 8;
    static constexpr uint64_t kMaxTensorFloats = uint64_t(1) << 28;  // 1 GiB
    static constexpr uint64_t kMaxFileBytes = uint64_t(4) << 30;
};

// The header of a net file: shape, conventions and provenance. Plain data.
struct NetMetadata {
    int boardSize = 19;
    int blocks = 0;
    int channels = 0;
    int inputPlanes = 18;
    std::string inputFeatures = "lz18";
    std::vector<std::string> heads = {"policy", "value"};
    std::string valueConvention = "side_to_move";  // or "black"
    // Provenance (free text, may be empty).
    std::string command;
    std::string data;
    std::string date;
    std::string generations;
    std::string hours;
    std::string notes;
    // Other `key: value` lines, in file order (e.g. measured figures).
    std::vector<std::pair<std::string, std::string>> extra;

    bool hasHead(std::string_view head) const;
    // Human-readable summary, one "Label: value" line each (for "About").
    std::string toText() const;
    bool operator==(const NetMetadata&) const = default;
};

// One tensor: name, shape (row-major) and float32 values. Every value must
// be finite (the reader refuses NaN and infinities, the writer too).
struct NamedTensor {
    std::string name;
    std::vector<int64_t> shape;
    std::vector<float> values;
    bool half = false;  // stored as f16 (values are rounded to half precision on writing)

    uint64_t elements() const;
    bool operator==(const NamedTensor&) const = default;
};

// A whole net file. Plain data.
struct NetFile {
    NetMetadata meta;
    std::vector<NamedTensor> tensors;

    const NamedTensor* find(std::string_view name) const;
    bool operator==(const NetFile&) const = default;
};

// Reads a net file; nullopt and *error ("FILE: what") on any failure.
std::optional<NetFile> readNetFile(const std::string& path, std::string* error);
// Parses the bytes of a net file; `name` is used in error messages.
std::optional<NetFile> parseNetFile(std::string_view bytes, const std::string& name,
                                    std::string* error);
// The bytes writeNetFile writes; nullopt and *error if `net` is invalid
// (bad names or keys, a shape that does not match its values, limits).
std::optional<std::string> serializeNetFile(const NetFile& net, std::string* error);
// Writes atomically (temporary file in the same folder, fsync, rename).
bool writeNetFile(const std::string& path, const NetFile& net, std::string* error);

}  // namespace m37::nn
