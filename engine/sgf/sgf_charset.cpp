#include "engine/sgf/sgf_charset.h"

#include <iconv.h>

#include <cctype>
#include <cerrno>

namespace m37 {

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

std::string upperNoSpace(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (std::isspace(static_cast<unsigned char>(c))) continue;
        out += char(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
}

// Length of the valid UTF-8 sequence at s[i], or 0 when invalid.
size_t utf8Length(std::string_view s, size_t i) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    if (c < 0x80) return 1;
    size_t n;
    unsigned min;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4, min = 0x10000;
    else
        return 0;
    if (i + n > s.size()) return 0;
    unsigned cp = c & (0x7F >> n);
    for (size_t k = 1; k < n; ++k) {
        if ((b(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

}  // namespace

SgfCharset::~SgfCharset() {
    close();
}

void SgfCharset::close() {
    if (cd_) iconv_close(static_cast<iconv_t>(cd_));
    cd_ = nullptr;
}

bool SgfCharset::isValidUtf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        size_t n = utf8Length(s, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

size_t SgfCharset::lastInvalidUtf8(std::string_view s) {
    size_t last = std::string_view::npos;
    for (size_t i = 0; i < s.size();) {
        const size_t n = utf8Length(s, i);
        if (n == 0) last = i;
        i += n == 0 ? 1 : n;
    }
    return last;
}

std::string SgfCharset::canonicalName(std::string_view name) {
    std::string n = upperNoSpace(name);
    if (n == "UTF-8" || n == "UTF8") return "UTF-8";
    if (n == "ISO-8859-1" || n == "ISO8859-1" || n == "ISO_8859-1" || n == "LATIN1" ||
        n == "LATIN-1" || n == "L1" || n == "ISO-LATIN-1" || n == "US-ASCII" || n == "ASCII")
        return "ISO-8859-1";
    if (n == "GB2312" || n == "GBK" || n == "CP936" || n == "EUC-CN" || n == "EUCCN" ||
        n == "GB18030" || n == "X-GBK" || n == "GB_2312-80")
        return "GB18030";
    if (n == "BIG5" || n == "BIG-5" || n == "CP950" || n == "BIG5-HKSCS" || n == "X-BIG5")
        return "CP950";
    if (n == "SHIFT_JIS" || n == "SHIFT-JIS" || n == "SJIS" || n == "MS_KANJI" || n == "CP932" ||
        n == "WINDOWS-31J" || n == "X-SJIS")
        return "CP932";
    if (n == "EUC-KR" || n == "EUCKR" || n == "KS_C_5601-1987" || n == "CP949" || n == "UHC" ||
        n == "KSC5601")
        return "CP949";
    return n;
}

int SgfCharset::leadByteStart(std::string_view canonical) {
    if (canonical == "GB18030" || canonical == "CP950" || canonical == "CP932" ||
        canonical == "CP949")
        return 0x81;
    return 0;
}

bool SgfCharset::isLeadByte(std::string_view canonical, unsigned char c) {
    if (canonical == "CP932") return (c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= 0xFC);
    if (leadByteStart(canonical)) return c >= 0x81 && c <= 0xFE;
    return false;
}

bool SgfCharset::open(std::string_view requested) {
    close();
    name_ = canonicalName(requested);
    if (name_ == "UTF-8" || name_ == "ISO-8859-1") return true;
    iconv_t cd = iconv_open("UTF-8", name_.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        name_.clear();
        return false;
    }
    cd_ = cd;
    return true;
}

int SgfCharset::convert(std::string_view in, std::string& out) {
    out.clear();
    int invalid = 0;
    if (name_ == "ISO-8859-1") {
        out.reserve(in.size() * 2);
        for (char ch : in) {
            auto c = static_cast<unsigned char>(ch);
            if (c < 0x80) {
                out += ch;
            } else {
                out += char(0xC0 | (c >> 6));
                out += char(0x80 | (c & 0x3F));
            }
        }
        return 0;
    }
    if (!cd_) {  // UTF-8: validate only
        out.reserve(in.size());
        for (size_t i = 0; i < in.size();) {
            size_t n = utf8Length(in, i);
            if (n == 0) {
                out += kReplacement;
                ++invalid;
                ++i;
            } else {
                out.append(in.data() + i, n);
                i += n;
            }
        }
        return invalid;
    }
    auto cd = static_cast<iconv_t>(cd_);
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    char* src = const_cast<char*>(in.data());
    size_t srcLeft = in.size();
    std::string buf(in.size() * 4 + 16, '\0');
    while (true) {
        char* dst = buf.data();
        size_t dstLeft = buf.size();
        size_t r = iconv(cd, srcLeft ? &src : nullptr, &srcLeft, &dst, &dstLeft);
        out.append(buf.data(), buf.size() - dstLeft);
        if (r != size_t(-1)) {
            if (srcLeft == 0) {
                // flush any shift state
                dst = buf.data();
                dstLeft = buf.size();
                iconv(cd, nullptr, nullptr, &dst, &dstLeft);
                out.append(buf.data(), buf.size() - dstLeft);
                break;
            }
            continue;
        }
        if (errno == E2BIG) continue;
        // EILSEQ or EINVAL (truncated sequence): skip one byte.
        out += kReplacement;
        ++invalid;
        if (srcLeft == 0) break;
        ++src;
        --srcLeft;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
        if (srcLeft == 0) break;
    }
    return invalid;
}

}  // namespace m37
