#include "engine/nn/net_file.h"

#include <zlib.h>

#include <bit>
#include <charconv>
#include <cstdio>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>

#include "engine/go/atomic_file.h"

namespace m37::nn {

namespace {

constexpr std::string_view kMagic = "move37-net ";
constexpr std::string_view kEndHeader = "end-header";
constexpr std::string_view kCrcPrefix = "crc32: ";
constexpr size_t kTrailerBytes = 16;  // "crc32: " + 8 hex digits + '\n'

// Keys the reader interprets; any other key goes to NetMetadata::extra.
const std::set<std::string, std::less<>> kKnownKeys = {"board_size",
                                                       "blocks",
                                                       "channels",
                                                       "input_planes",
                                                       "input_features",
                                                       "heads",
                                                       "value_convention",
                                                       "command",
                                                       "data",
                                                       "date",
                                                       "generations",
                                                       "hours",
                                                       "notes",
                                                       "tensors",
                                                       "tensor"};

uint32_t crc32Of(std::string_view bytes) {
    uLong crc = crc32(0L, Z_NULL, 0);
    const auto* p = reinterpret_cast<const Bytef*>(bytes.data());
    size_t left = bytes.size();
    while (left > 0) {
        const uInt chunk = uInt(std::min<size_t>(left, 1u << 30));
        crc = crc32(crc, p, chunk);
        p += chunk;
        left -= chunk;
    }
    return uint32_t(crc);
}

std::string hex8(uint32_t v) {
    char buf[9];
    std::snprintf(buf, sizeof buf, "%08x", v);
    return buf;
}

bool validKey(std::string_view key) {
    if (key.empty()) return false;
    for (char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-'))
            return false;
    return true;
}

bool validTensorName(std::string_view name) {
    if (name.empty() || name.size() > 256) return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '.' || c == '-'))
            return false;
    return true;
}

bool parseU64(std::string_view s, uint64_t* out) {
    if (s.empty() || s.size() > 19) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
    return ec == std::errc() && p == s.data() + s.size();
}

std::string escapeValue(std::string_view v) {
    std::string out;
    out.reserve(v.size());
    for (char c : v) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else
            out += c;
    }
    return out;
}

bool unescapeValue(std::string_view v, std::string* out) {
    out->clear();
    for (size_t i = 0; i < v.size(); ++i) {
        if (v[i] != '\\') {
            *out += v[i];
            continue;
        }
        if (++i >= v.size()) return false;
        if (v[i] == '\\')
            *out += '\\';
        else if (v[i] == 'n')
            *out += '\n';
        else if (v[i] == 'r')
            *out += '\r';
        else
            return false;
    }
    return true;
}

std::string shapeText(const std::vector<int64_t>& shape) {
    std::string s;
    for (size_t i = 0; i < shape.size(); ++i) {
        if (i) s += 'x';
        s += std::to_string(shape[i]);
    }
    return s.empty() ? "1" : s;
}

// Product of the dimensions, or nullopt if a dimension is not positive or
// the product passes the limit.
std::optional<uint64_t> checkedElements(const std::vector<int64_t>& shape) {
    uint64_t n = 1;
    for (int64_t d : shape) {
        if (d < 1 || uint64_t(d) > NetFileLimits::kMaxTensorFloats) return std::nullopt;
        n *= uint64_t(d);
        if (n > NetFileLimits::kMaxTensorFloats) return std::nullopt;
    }
    return n;
}

void copyFloatsLe(const char* src, size_t n, float* dst) {
    std::memcpy(dst, src, n * sizeof(float));
    if constexpr (std::endian::native == std::endian::big) {
        for (size_t i = 0; i < n; ++i) {
            uint32_t u;
            std::memcpy(&u, dst + i, 4);
            u = (u >> 24) | ((u >> 8) & 0xff00u) | ((u << 8) & 0xff0000u) | (u << 24);
            std::memcpy(dst + i, &u, 4);
        }
    }
}

void appendFloatsLe(const std::vector<float>& v, std::string* out) {
    const size_t at = out->size();
    out->resize(at + v.size() * sizeof(float));
    char* dst = out->data() + at;
    std::memcpy(dst, v.data(), v.size() * sizeof(float));
    if constexpr (std::endian::native == std::endian::big) {
        for (size_t i = 0; i < v.size(); ++i)
            std::swap(dst[4 * i], dst[4 * i + 3]), std::swap(dst[4 * i + 1], dst[4 * i + 2]);
    }
}

struct TensorSpec {
    std::string name;
    std::vector<int64_t> shape;
    uint64_t floats = 0;
    uint64_t offset = 0;
    bool half = false;  // stored as f16
    uint64_t bytes() const { return floats * (half ? 2 : 4); }
};

// IEEE 754 binary16 <-> binary32, round to nearest even; out-of-range
// values become infinities (the writer refuses them first).
float halfToFloat(uint16_t h) {
    const uint32_t sign = uint32_t(h & 0x8000u) << 16;
    uint32_t exp = (h >> 10) & 0x1fu, mant = h & 0x3ffu, bits;
    if (exp == 0) {
        if (mant == 0) {
            bits = sign;
        } else {  // subnormal: normalise
            exp = 127 - 15 + 1;
            while (!(mant & 0x400u)) {
                mant <<= 1;
                --exp;
            }
            bits = sign | (exp << 23) | ((mant & 0x3ffu) << 13);
        }
    } else if (exp == 31) {
        bits = sign | 0x7f800000u | (mant << 13);
    } else {
        bits = sign | ((exp + 127 - 15) << 23) | (mant << 13);
    }
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

uint16_t floatToHalf(float f) {
    uint32_t x;
    std::memcpy(&x, &f, 4);
    const uint16_t sign = uint16_t((x >> 16) & 0x8000u);
    const uint32_t absx = x & 0x7fffffffu;
    if (absx >= 0x7f800000u) return uint16_t(sign | 0x7c00u | (absx > 0x7f800000u ? 0x200u : 0));
    if (absx >= 0x477ff000u) return uint16_t(sign | 0x7c00u);  // rounds past 65504
    if (absx < 0x33000001u) return sign;                        // rounds to zero
    int exp = int(absx >> 23) - 127 + 15;
    uint32_t mant = (absx & 0x7fffffu) | 0x800000u;
    int shift = 13;
    if (exp <= 0) {  // subnormal half
        shift += 1 - exp;
        exp = 0;
    }
    uint32_t h = mant >> shift;
    const uint32_t rest = mant & ((1u << shift) - 1), halfway = 1u << (shift - 1);
    if (rest > halfway || (rest == halfway && (h & 1u))) ++h;
    if (exp == 0) return uint16_t(sign | h);  // may carry into the smallest normal
    return uint16_t(sign | ((uint32_t(exp) << 10) + h - 0x400u));  // a carry bumps the exponent
}

void copyHalvesLe(const char* src, size_t n, float* dst) {
    for (size_t i = 0; i < n; ++i)
        dst[i] = halfToFloat(uint16_t(uint8_t(src[2 * i])) | uint16_t(uint8_t(src[2 * i + 1])) << 8);
}

void appendHalvesLe(const std::vector<float>& v, std::string* out) {
    for (float f : v) {
        const uint16_t h = floatToHalf(f);
        out->push_back(char(h & 0xff));
        out->push_back(char(h >> 8));
    }
}

}  // namespace

bool NetMetadata::hasHead(std::string_view head) const {
    for (const auto& h : heads)
        if (h == head) return true;
    return false;
}

std::string NetMetadata::toText() const {
    std::string t;
    const std::string n = std::to_string(boardSize);
    t += "Board: " + n + "x" + n + "\n";
    t += "Network: " + std::to_string(blocks) + " residual blocks x " + std::to_string(channels) +
         " channels, " + std::to_string(inputPlanes) + " input planes (" + inputFeatures + ")\n";
    std::string hs;
    for (const auto& h : heads) {
        if (!hs.empty()) hs += ", ";
        hs += h;
    }
    t += "Heads: " + hs + "\n";
    t += "Value: " +
         std::string(valueConvention == "side_to_move" ? "side to move"
                     : valueConvention == "black"      ? "Black's view"
                                                       : valueConvention) +
         "\n";
    auto line = [&](const char* label, const std::string& v) {
        if (!v.empty()) t += std::string(label) + ": " + v + "\n";
    };
    line("Command", command);
    line("Data", data);
    line("Date", date);
    line("Generations", generations);
    line("Hours", hours);
    line("Notes", notes);
    for (const auto& [k, v] : extra) line(k.c_str(), v);
    return t;
}

uint64_t NamedTensor::elements() const {
    uint64_t n = 1;
    for (int64_t d : shape) n *= uint64_t(d < 0 ? 0 : d);
    return n;
}

const NamedTensor* NetFile::find(std::string_view name) const {
    for (const auto& t : tensors)
        if (t.name == name) return &t;
    return nullptr;
}

std::optional<NetFile> parseNetFile(std::string_view bytes, const std::string& name,
                                    std::string* error) {
    auto fail = [&](const std::string& what) -> std::optional<NetFile> {
        if (error) *error = name + ": " + what;
        return std::nullopt;
    };

    // Magic and version.
    if (bytes.substr(0, kMagic.size()) != kMagic) return fail("bad magic (not a move37 net file)");
    const size_t firstEnd = bytes.find('\n');
    if (firstEnd == std::string_view::npos || firstEnd > 32)
        return fail(firstEnd == std::string_view::npos ? "file ends inside the header"
                                                       : "bad magic (not a move37 net file)");
    uint64_t version = 0;
    const std::string_view versionText = bytes.substr(kMagic.size(), firstEnd - kMagic.size());
    if (!parseU64(versionText, &version)) return fail("bad magic (not a move37 net file)");
    if (version != uint64_t(kNetFileVersion))
        return fail("unsupported version " + std::string(versionText) + " (this build reads " +
                    "version " + std::to_string(kNetFileVersion) + ")");

    // The checksum, when the file ends in something that looks like one.
    bool haveTrailer = false;
    if (bytes.size() >= kTrailerBytes + firstEnd + 1) {
        const std::string_view tail = bytes.substr(bytes.size() - kTrailerBytes);
        uint32_t stored = 0;
        if (tail.substr(0, kCrcPrefix.size()) == kCrcPrefix && tail.back() == '\n') {
            const std::string_view hex = tail.substr(kCrcPrefix.size(), 8);
            bool lowerHex = true;
            for (char c : hex)
                lowerHex = lowerHex && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
            auto [p, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), stored, 16);
            if (lowerHex && ec == std::errc() && p == hex.data() + hex.size()) {
                haveTrailer = true;
                const uint32_t actual = crc32Of(bytes.substr(0, bytes.size() - kTrailerBytes));
                if (actual != stored)
                    return fail("checksum mismatch (file says " + hex8(stored) +
                                ", contents give " + hex8(actual) + ")");
            }
        }
    }

    // Header lines.
    NetFile net;
    NetMetadata& m = net.meta;
    std::set<std::string, std::less<>> seen;
    std::set<std::string, std::less<>> tensorNames;
    std::vector<TensorSpec> specs;
    std::optional<uint64_t> declared;
    uint64_t nextOffset = 0;
    size_t pos = firstEnd + 1;
    int lineNo = 1;
    bool ended = false;
    while (!ended) {
        if (pos > NetFileLimits::kMaxHeaderBytes) return fail("header longer than 1 MiB");
        const size_t end = bytes.find('\n', pos);
        if (end == std::string_view::npos)
            return fail("file ends inside the header (no end-header line)");
        const std::string_view line = bytes.substr(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        const std::string where = "header line " + std::to_string(lineNo) + ": ";
        if (line == kEndHeader) {
            ended = true;
            break;
        }
        const size_t colon = line.find(": ");
        const std::string_view key = colon == std::string_view::npos ? line : line.substr(0, colon);
        if (colon == std::string_view::npos || !validKey(key))
            return fail(where + "expected key: value");
        const std::string_view raw = line.substr(colon + 2);
        if (key != "tensor" && !seen.insert(std::string(key)).second)
            return fail(where + "duplicate key '" + std::string(key) + "'");

        auto intValue = [&](int lo, int hi, int* out) {
            uint64_t v = 0;
            if (!parseU64(raw, &v) || v < uint64_t(lo) || v > uint64_t(hi)) return false;
            *out = int(v);
            return true;
        };
        auto rangeError = [&](int lo, int hi) {
            return fail(where + std::string(key) + ": expected an integer in " +
                        std::to_string(lo) + ".." + std::to_string(hi) + ", got '" +
                        std::string(raw.substr(0, 40)) + "'");
        };

        if (key == "board_size") {
            if (!intValue(2, 64, &m.boardSize)) return rangeError(2, 64);
        } else if (key == "blocks") {
            if (!intValue(0, 4096, &m.blocks)) return rangeError(0, 4096);
        } else if (key == "channels") {
            if (!intValue(1, 65536, &m.channels)) return rangeError(1, 65536);
        } else if (key == "input_planes") {
            if (!intValue(1, 4096, &m.inputPlanes)) return rangeError(1, 4096);
        } else if (key == "tensors") {
            uint64_t v = 0;
            if (!parseU64(raw, &v)) return fail(where + "tensors: expected a count");
            if (v > NetFileLimits::kMaxTensors)
                return fail(where + "tensors: " + std::string(raw) + " is over the limit of " +
                            std::to_string(NetFileLimits::kMaxTensors));
            declared = v;
        } else if (key == "tensor") {
            if (!declared) return fail(where + "tensor line before the tensors: count");
            if (specs.size() >= *declared)
                return fail(where + "more tensor lines than tensors: " + std::to_string(*declared));
            std::vector<std::string_view> f;
            for (size_t a = 0; a <= raw.size();) {
                size_t b = raw.find(' ', a);
                if (b == std::string_view::npos) b = raw.size();
                f.push_back(raw.substr(a, b - a));
                a = b + 1;
            }
            if (f.size() != 4) return fail(where + "expected tensor: NAME SHAPE DTYPE OFFSET");
            TensorSpec s;
            s.name = std::string(f[0]);
            if (!validTensorName(s.name))
                return fail(where + "bad tensor name '" + std::string(f[0].substr(0, 40)) + "'");
            if (!tensorNames.insert(s.name).second)
                return fail(where + "duplicate tensor '" + s.name + "'");
            const std::string tname = "tensor '" + s.name + "': ";
            for (size_t a = 0; a <= f[1].size();) {
                size_t b = f[1].find('x', a);
                if (b == std::string_view::npos) b = f[1].size();
                uint64_t d = 0;
                if (!parseU64(f[1].substr(a, b - a), &d) || d == 0 ||
                    s.shape.size() >= NetFileLimits::kMaxDims)
                    return fail(where + tname + "bad shape '" + std::string(f[1].substr(0, 60)) +
                                "'");
                if (d > NetFileLimits::kMaxTensorFloats)
                    return fail(where + tname + "shape " + std::string(f[1].substr(0, 60)) +
                                " is over the limit of " +
                                std::to_string(NetFileLimits::kMaxTensorFloats) + " floats");
                s.shape.push_back(int64_t(d));
                a = b + 1;
            }
            const auto floats = checkedElements(s.shape);
            if (!floats)
                return fail(where + tname + "shape " + std::string(f[1].substr(0, 60)) +
                            " is over the limit of " +
                            std::to_string(NetFileLimits::kMaxTensorFloats) + " floats");
            s.floats = *floats;
            if (f[2] != "f32" && f[2] != "f16")
                return fail(where + tname + "unknown dtype '" + std::string(f[2].substr(0, 20)) +
                            "'");
            s.half = f[2] == "f16";
            if (!parseU64(f[3], &s.offset)) return fail(where + tname + "bad offset");
            if (s.offset != nextOffset)
                return fail(where + tname + "offset " + std::to_string(s.offset) + ", expected " +
                            std::to_string(nextOffset) + " (tensors are stored back to back)");
            nextOffset += s.bytes();
            specs.push_back(std::move(s));
        } else {
            std::string value;
            if (!unescapeValue(raw, &value)) return fail(where + "bad backslash escape");
            if (key == "input_features")
                m.inputFeatures = value;
            else if (key == "value_convention")
                m.valueConvention = value;
            else if (key == "command")
                m.command = value;
            else if (key == "data")
                m.data = value;
            else if (key == "date")
                m.date = value;
            else if (key == "generations")
                m.generations = value;
            else if (key == "hours")
                m.hours = value;
            else if (key == "notes")
                m.notes = value;
            else if (key == "heads") {
                m.heads.clear();
                for (size_t a = 0; a <= value.size();) {
                    size_t b = value.find(',', a);
                    if (b == std::string::npos) b = value.size();
                    std::string h = value.substr(a, b - a);
                    if (h.empty() || !validKey(h)) return fail(where + "heads: bad head list");
                    m.heads.push_back(h);
                    a = b + 1;
                }
            } else {
                m.extra.emplace_back(std::string(key), value);
            }
        }
    }
    for (const char* k : {"board_size", "blocks", "channels", "input_planes", "input_features",
                          "heads", "value_convention", "tensors"})
        if (!seen.count(k)) return fail(std::string("header has no '") + k + "' line");
    if (specs.size() != *declared)
        return fail("header declares " + std::to_string(*declared) + " tensors but lists " +
                    std::to_string(specs.size()));

    // Check every tensor against the file's length before allocating.
    const size_t dataStart = pos;
    const uint64_t avail = uint64_t(bytes.size() - dataStart) - (haveTrailer ? kTrailerBytes : 0);
    for (const auto& s : specs) {
        const uint64_t need = s.bytes();
        if (s.offset + need > avail) {
            const uint64_t got = avail > s.offset ? (avail - s.offset) / (s.half ? 2 : 4) : 0;
            return fail("tensor '" + s.name + "': expected " + std::to_string(s.floats) +
                        " floats, file ends after " + std::to_string(got));
        }
    }
    const uint64_t rest = uint64_t(bytes.size() - dataStart) - nextOffset;
    if (!haveTrailer) {
        if (rest < kTrailerBytes) return fail("file ends before the checksum line");
        if (rest == kTrailerBytes) return fail("bad checksum line");
        return fail(std::to_string(rest - kTrailerBytes) +
                    " unexpected bytes after the tensors (or a bad checksum line)");
    }
    if (rest != kTrailerBytes)
        return fail(std::to_string(rest - kTrailerBytes) +
                    " unexpected bytes between the tensors and the checksum");

    net.tensors.reserve(specs.size());
    for (auto& s : specs) {
        NamedTensor t;
        t.name = std::move(s.name);
        t.shape = std::move(s.shape);
        t.half = s.half;
        t.values.resize(size_t(s.floats));
        if (s.half)
            copyHalvesLe(bytes.data() + dataStart + s.offset, size_t(s.floats), t.values.data());
        else
            copyFloatsLe(bytes.data() + dataStart + s.offset, size_t(s.floats), t.values.data());
        for (size_t i = 0; i < t.values.size(); ++i)
            if (!std::isfinite(t.values[i]))
                return fail("tensor '" + t.name + "': value " + std::to_string(i) + " is " +
                            (std::isnan(t.values[i]) ? "NaN" : "infinite") +
                            " (a damaged or diverged network)");
        net.tensors.push_back(std::move(t));
    }
    return net;
}

std::optional<NetFile> readNetFile(const std::string& path, std::string* error) {
    auto fail = [&](const std::string& what) -> std::optional<NetFile> {
        if (error) *error = path + ": " + what;
        return std::nullopt;
    };
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return fail("is a directory");
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return fail("cannot open (" + ec.message() + ")");
    if (size > NetFileLimits::kMaxFileBytes) return fail("file too large");
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail("cannot open");
    std::string bytes;
    try {
        bytes.resize(size_t(size));
    } catch (const std::exception&) {
        return fail("out of memory reading the file");
    }
    in.read(bytes.data(), std::streamsize(size));
    if (in.gcount() != std::streamsize(size)) return fail("read error");
    try {
        return parseNetFile(bytes, path, error);
    } catch (const std::exception& e) {
        return fail(std::string("cannot read: ") + e.what());
    }
}

std::optional<std::string> serializeNetFile(const NetFile& net, std::string* error) {
    auto fail = [&](const std::string& what) -> std::optional<std::string> {
        if (error) *error = what;
        return std::nullopt;
    };
    const NetMetadata& m = net.meta;
    if (m.boardSize < 2 || m.boardSize > 64) return fail("board_size must be in 2..64");
    if (m.blocks < 0 || m.blocks > 4096) return fail("blocks must be in 0..4096");
    if (m.channels < 1 || m.channels > 65536) return fail("channels must be in 1..65536");
    if (m.inputPlanes < 1 || m.inputPlanes > 4096) return fail("input_planes must be in 1..4096");
    if (m.heads.empty()) return fail("no heads");
    for (const auto& h : m.heads)
        if (!validKey(h)) return fail("bad head name '" + h + "'");
    if (m.inputFeatures.empty() || m.valueConvention.empty())
        return fail("input_features and value_convention must not be empty");
    if (net.tensors.size() > NetFileLimits::kMaxTensors) return fail("too many tensors");

    std::string out;
    out += std::string(kMagic) + std::to_string(kNetFileVersion) + "\n";
    auto kv = [&](const std::string& k, const std::string& v) {
        out += k + ": " + escapeValue(v) + "\n";
    };
    kv("board_size", std::to_string(m.boardSize));
    kv("blocks", std::to_string(m.blocks));
    kv("channels", std::to_string(m.channels));
    kv("input_planes", std::to_string(m.inputPlanes));
    kv("input_features", m.inputFeatures);
    std::string heads;
    for (const auto& h : m.heads) {
        if (!heads.empty()) heads += ',';
        heads += h;
    }
    kv("heads", heads);
    kv("value_convention", m.valueConvention);
    for (auto [k, v] : {std::pair{"command", &m.command}, std::pair{"data", &m.data},
                        std::pair{"date", &m.date}, std::pair{"generations", &m.generations},
                        std::pair{"hours", &m.hours}, std::pair{"notes", &m.notes}})
        if (!v->empty()) kv(k, *v);
    std::set<std::string, std::less<>> keys;
    for (const auto& [k, v] : m.extra) {
        if (!validKey(k) || kKnownKeys.count(k) || !keys.insert(k).second)
            return fail("bad or duplicate extra key '" + k + "'");
        kv(k, v);
    }
    kv("tensors", std::to_string(net.tensors.size()));
    std::set<std::string, std::less<>> names;
    uint64_t offset = 0;
    for (const auto& t : net.tensors) {
        if (!validTensorName(t.name)) return fail("bad tensor name '" + t.name + "'");
        if (!names.insert(t.name).second) return fail("duplicate tensor '" + t.name + "'");
        if (t.shape.size() > NetFileLimits::kMaxDims)
            return fail("tensor '" + t.name + "': too many dimensions");
        const auto n = checkedElements(t.shape);
        if (!n || *n != t.values.size())
            return fail("tensor '" + t.name + "': shape " + shapeText(t.shape) + " does not hold " +
                        std::to_string(t.values.size()) + " floats");
        for (float v : t.values)
            if (!std::isfinite(v) || (t.half && std::fabs(v) > 65504.f))
                return fail("tensor '" + t.name + "': a value is " +
                            (std::isfinite(v) ? "beyond f16's range" : "not finite"));
        out += "tensor: " + t.name + " " + shapeText(t.shape) + (t.half ? " f16 " : " f32 ") +
               std::to_string(offset) + "\n";
        offset += *n * (t.half ? 2 : 4);
    }
    if (out.size() > NetFileLimits::kMaxHeaderBytes) return fail("header longer than 1 MiB");
    out += std::string(kEndHeader) + "\n";
    if (out.size() + offset + kTrailerBytes > NetFileLimits::kMaxFileBytes)
        return fail("file would be too large");
    out.reserve(out.size() + size_t(offset) + kTrailerBytes);
    for (const auto& t : net.tensors)
        t.half ? appendHalvesLe(t.values, &out) : appendFloatsLe(t.values, &out);
    out += std::string(kCrcPrefix) + hex8(crc32Of(out)) + "\n";
    return out;
}

bool writeNetFile(const std::string& path, const NetFile& net, std::string* error) {
    std::string why;
    std::optional<std::string> bytes;
    try {
        bytes = serializeNetFile(net, &why);
    } catch (const std::exception& e) {
        why = e.what();
    }
    if (!bytes) {
        if (error) *error = path + ": " + why;
        return false;
    }
    return writeFileAtomically(path, *bytes, error);
}

}  // namespace m37::nn
