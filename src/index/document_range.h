#pragma once
// Matches every document whose id lies in [first, last], with no weight: filtering a query by
// it splits a search into halves that two threads match side by side. Internal to src/index.
#include <xapian.h>

#include <algorithm>

namespace hilo::index {

class DocumentRange : public Xapian::PostingSource {
public:
    DocumentRange(Xapian::docid first, Xapian::docid last) : first_(first), last_(last) {}

    DocumentRange* clone() const override { return new DocumentRange(first_, last_); }
    void init(const Xapian::Database&) override { at_ = 0; } // before the first id
    Xapian::doccount get_termfreq_min() const override { return 0; } // ids may be unused
    Xapian::doccount get_termfreq_est() const override { return size(); }
    Xapian::doccount get_termfreq_max() const override { return size(); }
    Xapian::docid get_docid() const override { return at_; }
    void next(double) override { at_ = std::max(at_ + 1, first_); }
    void skip_to(Xapian::docid document, double) override { at_ = std::max({at_, document, first_}); }
    bool check(Xapian::docid document, double minimumWeight) override
    {
        skip_to(document, minimumWeight);
        return true;
    }
    bool at_end() const override { return at_ > last_; }

private:
    Xapian::doccount size() const { return last_ >= first_ ? last_ - first_ + 1 : 0; }

    Xapian::docid first_;
    Xapian::docid last_;
    Xapian::docid at_ = 0;
};

} // namespace hilo::index
