#pragma once
// Keeps the passages whose pair signature (pair_signature.h) has every pair of a phrase: put
// beside the phrase in the query, it lets Xapian skip, before reading any word positions, the
// passages that have the phrase's words but not side by side. Weightless and exact about what
// it lets through only in one direction: it never drops a passage the phrase matches.
//
// A search's second thread gets the query serialised; the filter travels by name and is
// rebuilt there from a prototype registered with the same columns. Internal to src/index.
#include "pair_signature.h"
#include "passage_columns.h"

#include <xapian.h>

namespace hilo::index {

class PhraseFilter : public Xapian::PostingSource {
public:
    PhraseFilter(const PassageColumns& columns, PairSignature required) : columns_(columns), required_(required) {}

    PhraseFilter* clone() const override { return new PhraseFilter(columns_, required_); }
    std::string name() const override { return "hilo.PhraseFilter"; }
    std::string serialise() const override;
    PhraseFilter* unserialise_with_registry(const std::string& serialised, const Xapian::Registry&) const override;

    void init(const Xapian::Database& database) override;
    // Never cheaper to drive a match than the phrase's own words: claim every document.
    Xapian::doccount get_termfreq_min() const override { return 0; }
    Xapian::doccount get_termfreq_est() const override { return documents_; }
    Xapian::doccount get_termfreq_max() const override { return documents_; }
    Xapian::docid get_docid() const override { return at_; }
    void next(double) override { seek(at_ + 1); }
    void skip_to(Xapian::docid document, double) override;
    bool check(Xapian::docid document, double) override;
    bool at_end() const override { return at_ > last_; }

private:
    bool passes(Xapian::docid document) const
    {
        return columns_.has(document) && columns_.pairs(document).contains(required_);
    }
    void seek(Xapian::docid from); // to the first passing document at or after `from`

    const PassageColumns& columns_;
    PairSignature required_;
    Xapian::doccount documents_ = 0;
    Xapian::docid last_ = 0;
    Xapian::docid at_ = 0;
    bool positioned_ = false; // false after a failed check(): at_ is not a passing document
};

} // namespace hilo::index
