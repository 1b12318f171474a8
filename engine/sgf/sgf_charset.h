#pragma once
// SgfCharset: converts the text of an SGF game from the charset named by
// its CA property to UTF-8 with glibc iconv, mapping common names to the
// usual supersets (GB2312/GBK -> GB18030, Shift_JIS -> CP932, EUC-KR ->
// CP949, Big5 -> CP950). Invalid byte sequences become U+FFFD and are
// counted. Also tells the reader which charsets have trail bytes that can
// look like '\' or ']' (so a value must be scanned character-wise).
// Threading: one object per thread (it owns an iconv descriptor).
#include <string>
#include <string_view>

namespace m37 {

class SgfCharset {
  public:
    SgfCharset() = default;
    ~SgfCharset();
    SgfCharset(const SgfCharset&) = delete;
    SgfCharset& operator=(const SgfCharset&) = delete;

    // Prepares conversion from `name` (case-insensitive, any common alias).
    // False when iconv does not know it.
    bool open(std::string_view name);
    // The canonical name in use ("UTF-8", "ISO-8859-1", "GB18030", ...).
    const std::string& name() const { return name_; }
    // Converts one value; returns the number of invalid sequences replaced.
    int convert(std::string_view in, std::string& out);

    // True when every byte sequence is well-formed UTF-8.
    static bool isValidUtf8(std::string_view s);
    // Where the last ill-formed UTF-8 sequence starts (npos when none): the
    // bytes from any ASCII byte after it on are valid UTF-8.
    static size_t lastInvalidUtf8(std::string_view s);
    // The canonical (iconv) name for an alias ("gb2312" -> "GB18030").
    static std::string canonicalName(std::string_view name);
    // 0: ASCII-safe charset. Otherwise the lowest lead byte of a two-byte
    // character whose second byte may be in the ASCII range.
    static int leadByteStart(std::string_view canonical);
    static bool isLeadByte(std::string_view canonical, unsigned char c);

  private:
    void close();
    std::string name_;
    void* cd_ = nullptr;  // iconv_t
};

}  // namespace m37
