// Private to src/policy/: the compiled form of a blocklist and the pieces that policy.cpp (the
// Policy value), blocklist.cpp (compilation and matching) and policy_json.cpp (the JSON form)
// share.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "abusemon/error.hpp"
#include "abusemon/policy.hpp"

namespace abusemon {

struct Policy::Compiled {
  // Terms and phrases made only of word characters (the usual case): looked up word by word in
  // a hash map keyed by their lower-cased first word; entries with the most words first.
  struct WordEntry {
    MatchKind kind;
    std::string pattern;             // as written
    std::vector<std::string> words;  // lower-cased
  };
  std::unordered_map<std::string, std::vector<WordEntry>> by_first_word;
  // Terms and phrases with other characters ("c++", "e-mail"): one RE2 alternation, longest
  // first, one capture group each. A huge alternation would blow RE2's DFA budget, which is why
  // plain words take the hash path above.
  std::unique_ptr<RE2> words;
  std::vector<std::pair<MatchKind, std::string>> word_entries;  // by capture group - 1
  std::vector<std::unique_ptr<RE2>> regexes;                    // same order as spec.regexes
};

namespace detail {

struct WordToken {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string lower;
};

/// Throws error(s, "policy: <path>: <problem>").
[[noreturn]] void policy_fail(status s, const std::string& path, const std::string& problem);

/// Maximal runs of word characters, lower-cased (simple case mapping, as RE2's (?i)). Invalid
/// UTF-8 bytes count as non-word characters.
std::vector<WordToken> word_tokens(std::string_view s);

/// Compiles one blocklist; error(format / limit) naming `path` for a bad or oversized list.
std::shared_ptr<const Policy::Compiled> compile_blocklist(const BlocklistSpec& spec,
                                                          const std::string& path);

/// Appends the matches of one compiled blocklist in `text` (tokenised once by word_tokens).
void match_compiled(const Policy::Compiled& c, const BlocklistSpec& spec, std::string_view text,
                    const std::vector<WordToken>& tokens, std::vector<BlocklistMatch>& out);

}  // namespace detail
}  // namespace abusemon
