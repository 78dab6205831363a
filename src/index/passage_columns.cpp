#include "passage_columns.h"

#include "bm25.h"
#include "index_layout.h"

#include <algorithm>
#include <unordered_map>

namespace hilo::index {
namespace {

// source, start, kind, id, group, words, then the pair signature as eight 32-bit fields
constexpr std::size_t kPairFields = 8;
constexpr std::size_t kFixedFields = 6 + kPairFields;

void putField(std::string& out, std::int64_t value)
{
    const auto field = static_cast<std::uint32_t>(value);
    for (int shift = 0; shift < 32; shift += 8)
        out.push_back(static_cast<char>((field >> shift) & 0xFF));
}

std::uint32_t field(const std::string& packed, std::size_t index)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(packed.data()) + index * 4;
    return static_cast<std::uint32_t>(bytes[0]) | static_cast<std::uint32_t>(bytes[1]) << 8 |
           static_cast<std::uint32_t>(bytes[2]) << 16 | static_cast<std::uint32_t>(bytes[3]) << 24;
}

// Gives each distinct id the next dense number, in the order ids are first seen.
class DenseNumbers {
public:
    explicit DenseNumbers(std::vector<std::int64_t>& ids) : ids_(ids) {}
    std::uint32_t of(std::int64_t id)
    {
        const auto [found, added] = numbers_.try_emplace(id, static_cast<std::uint32_t>(ids_.size()));
        if (added)
            ids_.push_back(id);
        return found->second;
    }

private:
    std::vector<std::int64_t>& ids_;
    std::unordered_map<std::int64_t, std::uint32_t> numbers_;
};

} // namespace

std::string packPassage(const PassageFacts& facts)
{
    std::string packed;
    packed.reserve((kFixedFields + facts.codeIds.size()) * 4);
    for (std::int64_t value : {facts.sourceId, facts.start, std::int64_t{facts.isCoding}, facts.id, facts.groupId, facts.words})
        putField(packed, value);
    for (const std::uint64_t bits : facts.pairs.bits) {
        putField(packed, static_cast<std::int64_t>(bits & 0xFFFFFFFF));
        putField(packed, static_cast<std::int64_t>(bits >> 32));
    }
    for (std::int64_t code : facts.codeIds)
        putField(packed, code);
    return packed;
}

PassageColumns PassageColumns::read(const Xapian::Database& database)
{
    PassageColumns columns;
    const std::size_t size = static_cast<std::size_t>(database.get_lastdocid()) + 1;
    columns.rows_.assign(size, Row{});
    columns.pairs_.assign(size, PairSignature{});
    DenseNumbers groups(columns.groupIds_);
    DenseNumbers codes(columns.codeIds_);
    std::vector<std::uint32_t> words(size, 0);
    double totalWords = 0;
    std::size_t documents = 0;
    for (auto value = database.valuestream_begin(kPassageSlot); value != database.valuestream_end(kPassageSlot); ++value) {
        const std::string packed = *value;
        if (packed.size() < kFixedFields * 4)
            continue; // not written by this layout; the index is rebuilt on the next sync
        Row& row = columns.rows_[value.get_docid()];
        row.place = {field(packed, 0), field(packed, 1), field(packed, 2), field(packed, 3)};
        row.group = groups.of(field(packed, 4));
        words[value.get_docid()] = field(packed, 5);
        PairSignature& pairs = columns.pairs_[value.get_docid()];
        for (std::size_t i = 0; i < pairs.bits.size(); ++i)
            pairs.bits[i] = std::uint64_t{field(packed, 6 + 2 * i)} | std::uint64_t{field(packed, 7 + 2 * i)} << 32;
        row.codesFrom = static_cast<std::uint32_t>(columns.codesOf_.size());
        for (std::size_t code = kFixedFields; code < packed.size() / 4; ++code)
            columns.codesOf_.push_back(codes.of(field(packed, code)));
        row.codesTo = static_cast<std::uint32_t>(columns.codesOf_.size());
        totalWords += field(packed, 5);
        ++documents;
    }
    // The factor needs the average length, known only now.
    const double averageWords = documents > 0 ? std::max(1.0, totalWords / static_cast<double>(documents)) : 1.0;
    for (std::size_t document = 0; document < size; ++document)
        columns.rows_[document].lengthFactor = static_cast<float>(bm25::lengthFactor(words[document], averageWords));
    return columns;
}

} // namespace hilo::index
