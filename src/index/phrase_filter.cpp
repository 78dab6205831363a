#include "phrase_filter.h"

#include <algorithm>

namespace hilo::index {

std::string PhraseFilter::serialise() const
{
    std::string out;
    for (const std::uint64_t bits : required_.bits)
        for (int shift = 0; shift < 64; shift += 8)
            out.push_back(static_cast<char>((bits >> shift) & 0xFF));
    return out;
}

PhraseFilter* PhraseFilter::unserialise_with_registry(const std::string& serialised, const Xapian::Registry&) const
{
    PairSignature required;
    if (serialised.size() != required.bits.size() * 8)
        throw Xapian::SerialisationError("hilo.PhraseFilter: bad serialisation");
    for (std::size_t i = 0; i < serialised.size(); ++i)
        required.bits[i / 8] |= std::uint64_t{static_cast<unsigned char>(serialised[i])} << (8 * (i % 8));
    return new PhraseFilter(columns_, required);
}

void PhraseFilter::init(const Xapian::Database& database)
{
    documents_ = database.get_doccount();
    last_ = database.get_lastdocid();
    at_ = 0;
    positioned_ = false;
}

void PhraseFilter::skip_to(Xapian::docid document, double)
{
    if (document > at_ || !positioned_)
        seek(std::max(document, at_));
}

bool PhraseFilter::check(Xapian::docid document, double)
{
    if (document < at_ || (document == at_ && positioned_))
        return true; // already there, or past it
    at_ = document;
    positioned_ = passes(document); // if not, the next move finds the position
    return positioned_;
}

void PhraseFilter::seek(Xapian::docid from)
{
    at_ = from;
    while (at_ <= last_ && !passes(at_))
        ++at_;
    positioned_ = true;
}

} // namespace hilo::index
