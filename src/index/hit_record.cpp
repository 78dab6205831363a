#include "hit_record.h"

#include <algorithm>
#include <charconv>

namespace hilo::index {
namespace {

// Fields are separated by tabs; a speaker label never needs one.
std::string withoutTabs(std::string text)
{
    std::replace(text.begin(), text.end(), '\t', ' ');
    return text;
}

class FieldReader {
public:
    explicit FieldReader(const std::string& data) : data_(data) {}
    std::string rest() const { return data_.substr(std::min(next_, data_.size())); }
    std::string text()
    {
        const std::size_t tab = std::min(data_.find('\t', next_), data_.size());
        std::string field = data_.substr(std::min(next_, data_.size()), tab - std::min(next_, data_.size()));
        next_ = tab + 1;
        return field;
    }
    std::int64_t number()
    {
        const std::string field = text();
        std::int64_t value = 0;
        std::from_chars(field.data(), field.data() + field.size(), value);
        return value;
    }

private:
    const std::string& data_;
    std::size_t next_ = 0;
};

} // namespace

std::string encodeHitRecord(const HitRecord& record)
{
    std::string codes;
    for (std::int64_t id : record.codeIds)
        codes += (codes.empty() ? "" : ",") + std::to_string(id);
    return record.kind + "\t" + std::to_string(record.id) + "\t" + std::to_string(record.sourceId) + "\t" +
           std::to_string(record.start) + "\t" + std::to_string(record.end) + "\t" + std::to_string(record.coderId) +
           "\t" + withoutTabs(record.speaker) + "\t" + record.role + "\t" + codes + "\t" + record.text;
}

HitRecord decodeHitRecord(const std::string& data)
{
    FieldReader fields(data);
    HitRecord record;
    record.kind = fields.text();
    record.id = fields.number();
    record.sourceId = fields.number();
    record.start = fields.number();
    record.end = fields.number();
    record.coderId = fields.number();
    record.speaker = fields.text();
    record.role = fields.text();
    const std::string codes = fields.text();
    for (std::size_t from = 0; from < codes.size();) {
        const std::size_t comma = std::min(codes.find(',', from), codes.size());
        std::int64_t id = 0;
        std::from_chars(codes.data() + from, codes.data() + comma, id);
        record.codeIds.push_back(id);
        from = comma + 1;
    }
    record.text = fields.rest(); // last, so that it may hold tabs
    return record;
}

} // namespace hilo::index
