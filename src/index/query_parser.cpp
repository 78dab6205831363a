#include "query_parser.h"

#include "phrase_filter.h"

#include "index_layout.h"
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/source_store.h"
#include "terms.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <optional>

namespace hilo::index {
namespace {

// OP_NEAR's window: the words must lie within this many positions of each other.
constexpr Xapian::termcount kNearWindow = 10;
constexpr Xapian::termcount kWildcardExpansion = 500;
// Far beyond any query a person writes.
constexpr int kMaxParenthesisDepth = 32;
constexpr std::size_t kMaxTokens = 1000;

enum class TokenType { Word, Phrase, Filter, Open, Close, And, Or, Not, Near, End };

struct Token {
    TokenType type = TokenType::End;
    std::string text;  // word, phrase, or filter value
    std::string name;  // filter name as typed
    std::size_t position = 0; // 1-based code point
};

[[noreturn]] void fail(const std::string& what, std::size_t position)
{
    throw UserError("query: " + what + " at position " + std::to_string(position));
}

bool isSpace(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u00A0';
}

bool isFilterName(std::u32string_view name)
{
    if (name.empty() || !((name[0] >= U'a' && name[0] <= U'z') || (name[0] >= U'A' && name[0] <= U'Z')))
        return false;
    for (char32_t c : name)
        if (isSpace(c) || c == U'"')
            return false;
    return true;
}

std::vector<Token> tokenize(const std::string& query)
{
    const std::u32string s = text::toUtf32(text::toNfc(query));
    std::vector<Token> tokens;
    std::size_t i = 0;
    auto utf8 = [&](std::size_t from, std::size_t to) { return text::toUtf8(std::u32string_view(s).substr(from, to - from)); };
    auto readQuoted = [&](std::size_t quote) {
        const std::size_t close = s.find(U'"', quote + 1);
        if (close == std::u32string::npos)
            fail("unclosed quote", quote + 1);
        return close;
    };
    while (i < s.size()) {
        if (isSpace(s[i])) {
            ++i;
            continue;
        }
        const std::size_t position = i + 1;
        if (s[i] == U'(' || s[i] == U')') {
            tokens.push_back({s[i] == U'(' ? TokenType::Open : TokenType::Close, "", "", position});
            ++i;
            continue;
        }
        if (s[i] == U'"') {
            const std::size_t close = readQuoted(i);
            tokens.push_back({TokenType::Phrase, utf8(i + 1, close), "", position});
            i = close + 1;
            continue;
        }
        std::size_t end = i;
        while (end < s.size() && !isSpace(s[end]) && s[end] != U'(' && s[end] != U')' && s[end] != U'"')
            ++end;
        const std::u32string_view run = std::u32string_view(s).substr(i, end - i);
        const std::size_t colon = run.find(U':');
        if (colon != std::u32string_view::npos && isFilterName(run.substr(0, colon))) {
            Token token{TokenType::Filter, utf8(i + colon + 1, end), utf8(i, i + colon), position};
            if (colon + 1 == run.size() && end < s.size() && s[end] == U'"') { // name:"quoted value"
                const std::size_t close = readQuoted(end);
                token.text = utf8(end + 1, close);
                end = close + 1;
            }
            if (token.text.empty())
                fail("filter '" + token.name + ":' needs a value", position);
            tokens.push_back(token);
            i = end;
            continue;
        }
        const std::string word = utf8(i, end);
        TokenType type = TokenType::Word;
        if (word == "AND")
            type = TokenType::And;
        else if (word == "OR")
            type = TokenType::Or;
        else if (word == "NOT")
            type = TokenType::Not;
        else if (word == "NEAR")
            type = TokenType::Near;
        tokens.push_back({type, word, "", position});
        i = end;
    }
    tokens.push_back({TokenType::End, "", "", s.size() + 1});
    return tokens;
}

Xapian::Query booleanTerm(const std::string& term)
{
    // Scaled to zero: a filter narrows the results without changing their order.
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(term), 0.0);
}

class Parser {
public:
    Parser(Project& project, std::vector<Token> tokens, FilterCache* filters, const PassageColumns* columns)
        : project_(project), tokens_(std::move(tokens)), filters_(filters), columns_(columns)
    {
    }

    ParsedQuery parse()
    {
        if (peek().type == TokenType::End)
            fail("nothing to search for", 1);
        // A chain of thousands of operands builds a query as deep as it is long.
        if (tokens_.size() > kMaxTokens)
            fail("the query has more than " + std::to_string(kMaxTokens) + " words, filters and operators",
                 tokens_[kMaxTokens].position);
        result_.query = parseOr(false);
        if (peek().type == TokenType::Close)
            fail("unmatched ')'", peek().position);
        if (peek().type != TokenType::End)
            fail("unexpected '" + peek().text + "'", peek().position);
        return std::move(result_);
    }

private:
    const Token& peek() const { return tokens_[next_]; }
    const Token& take() { return tokens_[next_ < tokens_.size() - 1 ? next_++ : next_]; }

    static bool startsOperand(TokenType type)
    {
        return type == TokenType::Word || type == TokenType::Phrase || type == TokenType::Filter ||
               type == TokenType::Open || type == TokenType::Not;
    }

    Xapian::Query parseOr(bool negated)
    {
        Xapian::Query left = parseAnd(negated);
        while (peek().type == TokenType::Or) {
            take();
            left = Xapian::Query(Xapian::Query::OP_OR, left, parseAnd(negated));
        }
        return left;
    }

    Xapian::Query parseAnd(bool negated)
    {
        Xapian::Query left = parseUnary(negated);
        for (;;) {
            const TokenType type = peek().type;
            if (type == TokenType::And) {
                take();
                left = Xapian::Query(Xapian::Query::OP_AND, left, parseUnary(negated));
            } else if (type == TokenType::Not) {
                take();
                left = Xapian::Query(Xapian::Query::OP_AND_NOT, left, parseNear(!negated));
            } else if (startsOperand(type)) {
                left = Xapian::Query(Xapian::Query::OP_AND, left, parseUnary(negated));
            } else {
                return left;
            }
        }
    }

    Xapian::Query parseUnary(bool negated)
    {
        if (peek().type == TokenType::Not) { // a leading NOT: everything except
            take();
            return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, parseNear(!negated));
        }
        return parseNear(negated);
    }

    Xapian::Query parseNear(bool negated)
    {
        if (tokens_[next_ + (peek().type == TokenType::End ? 0 : 1)].type != TokenType::Near)
            return parsePrimary(negated);
        std::vector<Xapian::Query> words;
        for (;;) {
            const Token& token = take();
            if (token.type != TokenType::Word)
                fail("NEAR needs a word on each side", token.position);
            words.push_back(nearWord(token, negated));
            if (peek().type != TokenType::Near)
                break;
            take();
        }
        return Xapian::Query(Xapian::Query::OP_NEAR, words.begin(), words.end(), kNearWindow);
    }

    // NEAR, like a phrase, matches words as written (accent- and case-blind), not their stems:
    // only the words' own terms carry positions, which keeps the index small and fast to build.
    Xapian::Query nearWord(const Token& token, bool negated)
    {
        const std::vector<Word> words = splitWords(token.text);
        if (words.size() != 1)
            fail("NEAR needs one word on each side", token.position);
        return phrase(words, negated);
    }

    Xapian::Query parsePrimary(bool negated)
    {
        const Token& token = take();
        switch (token.type) {
        case TokenType::Word:
            return wordQuery(token, negated);
        case TokenType::Phrase:
            return phraseQuery(token, negated);
        case TokenType::Filter:
            return filterQuery(token);
        case TokenType::Open: {
            // Each level is a frame of this recursive parser: bound them, so a hostile query
            // gets an error instead of exhausting the stack.
            if (++depth_ > kMaxParenthesisDepth)
                fail("parentheses are nested more than " + std::to_string(kMaxParenthesisDepth) + " deep",
                     token.position);
            Xapian::Query inner = parseOr(negated);
            if (peek().type != TokenType::Close)
                fail("unclosed parenthesis", token.position);
            take();
            --depth_;
            return inner;
        }
        case TokenType::Close:
            fail("unmatched ')'", token.position);
        case TokenType::End:
            fail("the query ends where a word, phrase or filter should follow", token.position);
        default:
            fail("'" + token.text + "' needs a word, phrase or filter before and after it", token.position);
        }
    }

    Xapian::Query wordQuery(const Token& token, bool negated)
    {
        const bool wildcard = token.text.size() > 1 && token.text.back() == '*';
        const std::string body = wildcard ? token.text.substr(0, token.text.size() - 1) : token.text;
        const std::vector<Word> words = splitWords(body);
        if (words.empty())
            fail("nothing to search for in '" + token.text + "'", token.position);
        if (wildcard) {
            if (words.size() != 1)
                fail("a wildcard needs one word before the *", token.position);
            const std::string prefix = positionalTerm(words.front().text);
            if (!negated)
                result_.wildcardPrefixes.push_back(prefix);
            return Xapian::Query(Xapian::Query::OP_WILDCARD, prefix, kWildcardExpansion,
                                 Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
        }
        if (words.size() > 1) // "don't", "e-mail": the parts as a phrase
            return phrase(words, negated);
        // The query may target either language: OR of the English and Spanish stems.
        std::set<std::string> stems;
        for (const char* language : {"en", "es"})
            if (std::string stem = stemmedTerm(words.front().text, language); !stem.empty())
                stems.insert(stem);
        if (stems.empty())
            fail("word too long", token.position);
        if (!negated)
            result_.stemmedTerms.insert(stems.begin(), stems.end());
        return Xapian::Query(Xapian::Query::OP_OR, stems.begin(), stems.end());
    }

    Xapian::Query phraseQuery(const Token& token, bool negated)
    {
        const std::vector<Word> words = splitWords(token.text);
        if (words.empty())
            fail("empty phrase", token.position);
        return phrase(words, negated);
    }

    Xapian::Query phrase(const std::vector<Word>& words, bool negated)
    {
        std::vector<std::string> terms;
        for (const Word& word : words)
            terms.push_back(positionalTerm(word.text));
        if (!negated)
            result_.positionalTerms.insert(terms.begin(), terms.end());
        if (terms.size() == 1)
            return Xapian::Query(terms.front());
        const Xapian::Query exact(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(),
                                  static_cast<Xapian::termcount>(terms.size()));
        PairSignature required;
        for (std::size_t i = 1; i < terms.size(); ++i)
            if (!terms[i - 1].empty() && !terms[i].empty())
                required.add(terms[i - 1], terms[i]);
        if (columns_ == nullptr || required.empty())
            return exact;
        // Skips passages without the phrase's pairs before Xapian reads positions.
        return Xapian::Query(Xapian::Query::OP_FILTER, exact,
                             Xapian::Query((new PhraseFilter(*columns_, required))->release()));
    }

    Xapian::Query filterQuery(const Token& token)
    {
        noteFilterName(token);
        if (filters_ == nullptr)
            return resolveFilter(token);
        const std::string key = token.name + ":" + token.text;
        if (const auto known = filters_->find(key); known != filters_->end())
            return known->second;
        Xapian::Query resolved = resolveFilter(token);
        filters_->emplace(key, resolved);
        return resolved;
    }

    Xapian::Query resolveFilter(const Token& token)
    {
        const std::string name = text::fold(token.name);
        const std::string& value = token.text;
        try {
            if (name == "code")
                return booleanTerm(kCodePrefix + std::to_string(CodebookStore(project_).resolve(value).id));
            if (name == "coder")
                return booleanTerm(kCoderPrefix + std::to_string(CoderStore(project_).require(value).id));
            if (name == "source")
                return booleanTerm(kSourcePrefix + std::to_string(SourceStore(project_).source(value).id));
        } catch (const UserError& e) {
            fail(e.what(), token.position);
        }
        if (name == "group") {
            SourceStore sources(project_);
            if (const auto group = sources.findGroup(value))
                return booleanTerm(kGroupPrefix + std::to_string(group->id));
            std::string known;
            for (const GroupInfo& group : sources.groups())
                known += (known.empty() ? "" : ", ") + group.tag;
            fail("no group '" + value + "' (groups: " + known + ")", token.position);
        }
        if (name == "role") {
            // The speaker's role; any other value belongs to an attribute called "role", if the
            // project has one (a participant's professional role, say).
            const std::string role = text::fold(value);
            if (role == "interviewer" || role == "participant" || role == "unknown")
                return booleanTerm(kRolePrefix + role);
            if (!hasAttribute("role"))
                fail("role '" + value + "' is not interviewer, participant or unknown", token.position);
        }
        if (name == "kind") {
            const std::string kind = text::fold(value);
            if (kind != "turn" && kind != "coding")
                fail("kind '" + value + "' is not turn or coding", token.position);
            return booleanTerm(kKindPrefix + kind);
        }
        return attributeQuery(token, name);
    }

    void noteFilterName(const Token& token)
    {
        const std::string name = text::fold(token.name);
        const std::string value = text::fold(token.text);
        if (name != "role" || value == "interviewer" || value == "participant" || value == "unknown")
            result_.filterNames.insert(name);
    }

    bool hasAttribute(const std::string& name)
    {
        auto attribute = project_.db().prepare("SELECT 1 FROM attributes WHERE name = ?");
        attribute.bind(1, name);
        return attribute.step();
    }

    Xapian::Query attributeQuery(const Token& token, const std::string& name)
    {
        auto attribute = project_.db().prepare("SELECT id, type FROM attributes WHERE name = ?");
        attribute.bind(1, token.name);
        if (!attribute.step()) {
            std::string known;
            auto all = project_.db().prepare("SELECT name FROM attributes ORDER BY name");
            while (all.step())
                known += ", " + all.columnText(0);
            throw UserError("query: unknown filter '" + token.name + ":' at position " + std::to_string(token.position) +
                            " (filters: code, group, coder, source, role, kind" +
                            (known.empty() ? std::string() : ", and attributes: " + known.substr(2)) + ")");
        }
        const std::int64_t attributeId = attribute.columnInt(0);
        const unsigned slot = kAttributeSlotBase + static_cast<unsigned>(attributeId);
        if (attribute.columnText(1) != "number")
            return booleanTerm(kAttributePrefix + name + "=" + text::fold(token.text));

        const std::string& value = token.text;
        const std::size_t dots = value.find("..");
        const std::string low = dots == std::string::npos ? value : value.substr(0, dots);
        const std::string high = dots == std::string::npos ? value : value.substr(dots + 2);
        const auto number = [&](const std::string& part) -> std::optional<double> {
            if (part.empty())
                return std::nullopt;
            std::size_t used = 0;
            double parsed = 0;
            try {
                parsed = std::stod(part, &used);
            } catch (const std::exception&) {
                used = 0;
            }
            if (used != part.size())
                fail(token.name + " is a number: give N or LOW..HIGH, not '" + value + "'", token.position);
            return parsed;
        };
        const auto from = number(low);
        const auto to = number(high);
        if (!from && !to)
            fail(token.name + " is a number: give N or LOW..HIGH, not '" + value + "'", token.position);
        if (std::optional<Xapian::Query> terms = rangeAsTerms(attributeId, name, from, to))
            return *terms;
        if (from && to)
            return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, Xapian::sortable_serialise(*from),
                                 Xapian::sortable_serialise(*to));
        if (from)
            return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, Xapian::sortable_serialise(*from));
        return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, Xapian::sortable_serialise(*to));
    }

    // A number attribute with few distinct values in the range (ages, years) is matched by the
    // boolean terms of those values: far faster than a value range, which reads the value of
    // every candidate. Values are read as the indexer reads them (std::stod).
    std::optional<Xapian::Query> rangeAsTerms(std::int64_t attributeId, const std::string& name,
                                              std::optional<double> from, std::optional<double> to)
    {
        constexpr std::size_t kMaxTerms = 64;
        std::vector<std::string> terms;
        auto values = project_.db().prepare("SELECT DISTINCT value FROM source_attributes WHERE attribute_id = ?");
        values.bind(1, attributeId);
        while (values.step()) {
            const std::string stored = values.columnText(0);
            double number = 0;
            try {
                number = std::stod(stored);
            } catch (const std::exception&) {
                continue; // not in any range
            }
            if ((from && number < *from) || (to && number > *to))
                continue;
            std::string term = kAttributePrefix + name + "=" + text::fold(stored);
            if (term.size() > kMaxTermBytes || terms.size() == kMaxTerms)
                return std::nullopt;
            terms.push_back(std::move(term));
        }
        if (terms.empty())
            return Xapian::Query::MatchNothing;
        return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
                             0.0);
    }

    Project& project_;
    std::vector<Token> tokens_;
    FilterCache* filters_;
    const PassageColumns* columns_;
    std::size_t next_ = 0;
    int depth_ = 0; // parentheses open around the token being parsed
    ParsedQuery result_;
};

} // namespace

ParsedQuery parseQuery(Project& project, const std::string& query, FilterCache* filters, const PassageColumns* columns)
{
    return Parser(project, tokenize(query), filters, columns).parse();
}

} // namespace hilo::index
